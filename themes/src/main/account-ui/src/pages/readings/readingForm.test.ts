import { describe, expect, it, vi } from "vitest";
import { checkReading } from "./readingForm";

// the number parsing needs no language: keep the console's i18n (and the page it reads its setup from) out
vi.mock("../../i18n", () => ({ i18n: { language: "it" } }));

describe("checkReading", () => {
  it("accepts a meter value typed with a comma", () => {
    expect(checkReading({ meterValue: "1234,567", correctorValue: "" }, false)).toEqual({
      valid: true,
      meterValue: 1234.567,
      correctorValue: null,
    });
  });

  it("ignores the corrector where the supply point has none", () => {
    expect(checkReading({ meterValue: "10", correctorValue: "not a number" }, false)).toEqual({
      valid: true,
      meterValue: 10,
      correctorValue: null,
    });
  });

  it("needs both values where the supply point has a corrector", () => {
    expect(checkReading({ meterValue: "10", correctorValue: "20.5" }, true)).toEqual({
      valid: true,
      meterValue: 10,
      correctorValue: 20.5,
    });
    expect(checkReading({ meterValue: "10", correctorValue: "" }, true)).toEqual({
      valid: false,
      errors: { correctorValue: "portalReadingValueInvalid" },
    });
  });

  it("names every field that is not a number", () => {
    expect(checkReading({ meterValue: "-3", correctorValue: "x" }, true)).toEqual({
      valid: false,
      errors: { meterValue: "portalReadingValueInvalid", correctorValue: "portalReadingValueInvalid" },
    });
    expect(checkReading({ meterValue: "", correctorValue: "" }, false)).toEqual({
      valid: false,
      errors: { meterValue: "portalReadingValueInvalid" },
    });
  });
});
