import { describe, expect, it } from "vitest";
import { brandHref } from "./brand";

const baseUrl = "http://localhost:8080/realms/customer-portal/account/";

describe("brandHref", () => {
  it("leads to the console's start page by default", () => {
    expect(brandHref({ baseUrl, logoUrl: "" })).toBe(baseUrl);
    expect(brandHref({ baseUrl, logoUrl: undefined as unknown as string })).toBe(baseUrl);
  });

  it("leads to the portal URL the theme names", () => {
    expect(brandHref({ baseUrl, logoUrl: " https://www.example.com/portal " })).toBe("https://www.example.com/portal");
  });

  it("never leads to the server's root or a script", () => {
    expect(brandHref({ baseUrl, logoUrl: "/" })).toBe(baseUrl);
    expect(brandHref({ baseUrl, logoUrl: "javascript:alert(1)" })).toBe(baseUrl);
    expect(brandHref({ baseUrl, logoUrl: "https://" })).toBe(baseUrl);
  });
});
