import { describe, expect, it } from "vitest";
import { referrer } from "./referrer";

const translate = (key: string) => (key === "portalWebClientName" ? "Customer portal" : key);

describe("referrer", () => {
  it("names the application by its client name, a message key translated", () => {
    expect(
      referrer({ referrerName: "${portalWebClientName}", referrerUrl: "http://localhost:3000/home" }, translate),
    ).toEqual({ name: "Customer portal", href: "http://localhost:3000/home" });
    expect(referrer({ referrerName: "Billing", referrerUrl: "https://billing.example/" }, translate)).toEqual({
      name: "Billing",
      href: "https://billing.example/",
    });
  });

  it("puts back the fragment Keycloak writes as _hash_, and names a nameless client by its host", () => {
    expect(referrer({ referrerName: "", referrerUrl: "https://app.example/x_hash_/y" }, translate)).toEqual({
      name: "app.example",
      href: "https://app.example/x#/y",
    });
  });

  it("makes no link without an http(s) address", () => {
    expect(referrer({ referrerName: "App", referrerUrl: "" }, translate)).toBeUndefined();
    expect(referrer({ referrerName: "App", referrerUrl: undefined as unknown as string }, translate)).toBeUndefined();
    expect(referrer({ referrerName: "App", referrerUrl: "javascript:alert(1)" }, translate)).toBeUndefined();
    expect(referrer({ referrerName: "App", referrerUrl: "https://" }, translate)).toBeUndefined();
  });
});
