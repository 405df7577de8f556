import { describe, expect, it } from "vitest";
import { arrivalLanguage, withLocale } from "./userLocale";

describe("arrivalLanguage", () => {
  const supported = ["it", "en", "ro"];

  it("prefers the user's own locale over the browser's", () => {
    expect(arrivalLanguage("en", supported, "it")).toBe("en");
    expect(arrivalLanguage("ro", supported, "en")).toBe("ro");
  });

  it("keeps the server's when the user has none or one the realm does not offer", () => {
    expect(arrivalLanguage(undefined, supported, "it")).toBe("it");
    expect(arrivalLanguage("de", supported, "en")).toBe("en");
    expect(arrivalLanguage(["en"], supported, "it")).toBe("it");
  });
});

describe("withLocale", () => {
  it("changes only the locale", () => {
    expect(withLocale({ phone: ["+39 055 1"], locale: ["it"] }, "ro")).toEqual({
      phone: ["+39 055 1"],
      locale: ["ro"],
    });
    expect(withLocale(undefined, "en")).toEqual({ locale: ["en"] });
  });
});
