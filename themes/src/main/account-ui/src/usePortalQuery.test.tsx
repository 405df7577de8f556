import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { PortalApi } from "./api";
import { PortalError } from "./problem";
import { usePortalQuery } from "./usePortalQuery";

// the hook only hands the api to the page's load function: a stand-in is enough
const api = {} as PortalApi;
vi.mock("./usePortalApi", () => ({ usePortalApi: () => api }));

/** A promise the test settles by hand, with the signal its load was given. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject, signal: undefined as AbortSignal | undefined };
}

type Calls = Record<string, ReturnType<typeof deferred<string>>>;

function renderQuery(calls: Calls, initial: string) {
  return renderHook(
    ({ key }: { key: string }) =>
      usePortalQuery(
        (_api, signal) => {
          calls[key] = calls[key] ?? deferred<string>();
          calls[key].signal = signal;
          return calls[key].promise;
        },
        [key],
      ),
    { initialProps: { key: initial } },
  );
}

describe("usePortalQuery", () => {
  it("shows the answer once it comes", async () => {
    const calls: Calls = {};
    const { result } = renderQuery(calls, "a");
    expect(result.current).toMatchObject({ data: undefined, problem: undefined, loading: true });
    await act(async () => calls.a.resolve("answer a"));
    expect(result.current).toMatchObject({ data: "answer a", problem: undefined, loading: false });
  });

  it("ignores the answer to an older load that comes after the newer one", async () => {
    const calls: Calls = {};
    const { result, rerender } = renderQuery(calls, "a");
    rerender({ key: "b" });
    expect(calls.a.signal?.aborted).toBe(true);
    await act(async () => calls.b.resolve("answer b"));
    await act(async () => calls.a.resolve("answer a"));
    expect(result.current).toMatchObject({ data: "answer b", loading: false });
  });

  it("shows nothing of the old dependencies while the new ones load", async () => {
    const calls: Calls = {};
    const { result, rerender } = renderQuery(calls, "a");
    await act(async () => calls.a.resolve("answer a"));
    rerender({ key: "b" });
    expect(result.current).toMatchObject({ data: undefined, loading: true });
  });

  it("gives the server's problem of a refused call", async () => {
    const calls: Calls = {};
    const { result } = renderQuery(calls, "a");
    const problem = { type: "urn:sportello:problem:not-found", title: "Not found", status: 404 };
    await act(async () => calls.a.reject(new PortalError(problem)));
    expect(result.current).toMatchObject({ data: undefined, problem, loading: false });
  });

  it("gives status 0 when no answer came", async () => {
    const calls: Calls = {};
    const { result } = renderQuery(calls, "a");
    await act(async () => calls.a.reject(new TypeError("Failed to fetch")));
    expect(result.current.problem).toEqual({ status: 0 });
  });

  it("keeps the data while it reloads, then shows the new answer", async () => {
    let answer = 1;
    const { result } = renderHook(() => usePortalQuery(async () => answer++, []));
    await waitFor(() => expect(result.current.data).toBe(1));
    act(() => result.current.reload());
    expect(result.current).toMatchObject({ data: 1, loading: true });
    await waitFor(() => expect(result.current).toMatchObject({ data: 2, loading: false }));
  });
});
