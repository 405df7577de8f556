import type Keycloak from "keycloak-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PortalApi } from "./api";
import { PortalError } from "./problem";

vi.mock("./environment", () => ({
  environment: { serverBaseUrl: "https://sso.example.it", realm: "customer-portal", locale: "en" },
}));
vi.mock("./i18n", () => ({ i18n: { language: "it" } }));

const keycloak = { token: "access-token", updateToken: async () => true } as unknown as Keycloak;
const base = "https://sso.example.it/realms/customer-portal/sportello-portal";

function answer(status: number, body: unknown, type = "application/json") {
  const fetch = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": type } }));
  vi.stubGlobal("fetch", fetch);
  return fetch;
}

const sent = (fetch: ReturnType<typeof answer>) => {
  const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
  return { url, init, headers: new Headers(init.headers) };
};

describe("PortalApi", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("fills the YAML's path template and leaves empty query parameters out", async () => {
    const fetch = answer(200, { items: [], page: 0, size: 10, total: 0 });
    await new PortalApi(keycloak).invoices(1001, { from: "2025-01", to: undefined, page: 0, size: 10 });
    const { url, init, headers } = sent(fetch);
    expect(url).toBe(`${base}/supply-points/1001/invoices?from=2025-01&page=0&size=10`);
    expect(init.method).toBe("GET");
    expect(headers.get("Authorization")).toBe("Bearer access-token");
    expect(headers.get("Accept-Language")).toBe("it");
  });

  it("encodes path parameters", async () => {
    const fetch = answer(200, {});
    await new PortalApi(keycloak).ticket("a/b c");
    expect(sent(fetch).url).toBe(`${base}/tickets/a%2Fb%20c`);
  });

  it("sends a JSON body with its content type", async () => {
    const fetch = answer(201, { id: "r1" });
    await new PortalApi(keycloak).submitReading(7, 1234.5, null);
    const { url, init, headers } = sent(fetch);
    expect(url).toBe(`${base}/supply-points/7/readings`);
    expect(init.method).toBe("POST");
    expect(headers.get("Content-Type")).toBe("application/json");
    expect(JSON.parse(init.body as string)).toEqual({ meterValue: 1234.5, correctorValue: null });
  });

  it("throws the server's problem of a refusal", async () => {
    const problem = { type: "urn:sportello:problem:reading-acquired", title: "Già acquisita", status: 409 };
    answer(409, problem, "application/problem+json");
    const call = new PortalApi(keycloak).deleteReading(7, "r1");
    await expect(call).rejects.toBeInstanceOf(PortalError);
    await expect(call).rejects.toMatchObject({ problem });
  });
});
