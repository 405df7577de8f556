import { useCallback, useEffect, useMemo, useState, type DependencyList } from "react";
import type { PortalApi } from "./api";
import { usePortalApi } from "./usePortalApi";
import { toProblem, type Problem } from "./problem";

export type PortalQuery<T> = {
  /** the answer to the current dependencies (with keepPrevious, the last answer until the next one comes) */
  data: T | undefined;
  /** why the current load failed */
  problem: Problem | undefined;
  loading: boolean;
  /** loads again with the same dependencies (after a change the page made); the data stays until the answer */
  reload: () => void;
};

type Options = {
  /** show the last answer while the next one loads (a table that pages), instead of nothing (a chart of one year) */
  keepPrevious?: boolean;
};

type Load<T> = (api: PortalApi, signal: AbortSignal) => Promise<T>;
/** One load: a new object for new dependencies and for every reload. */
type Request<T> = { load: Load<T> };
type Answer<T> = { request?: Request<T>; data?: T; problem?: Problem };

/**
 * Loads what a page shows from the portal API, again whenever `deps` change. Only the answer to the latest load is
 * shown: each load gets an AbortSignal that is aborted when a newer load starts or the page goes away, and an answer
 * that comes back after that is ignored (the customer switched supply point or year while the old call ran).
 */
export function usePortalQuery<T>(load: Load<T>, deps: DependencyList, options: Options = {}): PortalQuery<T> {
  const api = usePortalApi();
  const [generation, setGeneration] = useState(0);
  // the caller's deps stand for what `load` reads, as with useEffect: the lint's exhaustive-deps checks them at the
  // call site (additionalHooks), so here they are passed on as they are
  // eslint-disable-next-line react-hooks/exhaustive-deps, react-hooks/use-memo
  const current = useCallback(load, deps);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a reload is a new request for the same load
  const request = useMemo<Request<T>>(() => ({ load: current }), [current, generation]);
  const [answer, setAnswer] = useState<Answer<T>>({});

  useEffect(() => {
    const controller = new AbortController();
    request.load(api, controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setAnswer({ request, data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setAnswer({ request, problem: toProblem(error) });
      },
    );
    return () => controller.abort();
  }, [api, request]);

  const loading = answer.request !== request;
  const sameDeps = answer.request?.load === current;
  return {
    data: sameDeps || options.keepPrevious ? answer.data : undefined,
    problem: loading ? undefined : answer.problem,
    loading,
    reload: useCallback(() => setGeneration((g) => g + 1), []),
  };
}
