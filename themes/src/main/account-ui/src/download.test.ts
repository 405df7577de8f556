import { describe, expect, it } from "vitest";
import { filenameOf } from "./download";

describe("filenameOf", () => {
  it("prefers the UTF-8 name", () => {
    expect(filenameOf(`attachment; filename="fattura.pdf"; filename*=UTF-8''fattura%20n%C2%B01.pdf`)).toBe(
      "fattura n°1.pdf",
    );
  });

  it("reads a plain name, quoted or not", () => {
    expect(filenameOf('attachment; filename="consumption-2025.csv"')).toBe("consumption-2025.csv");
    expect(filenameOf("attachment; filename=FT2025-000001.pdf")).toBe("FT2025-000001.pdf");
  });

  it("has none without the header or a name", () => {
    expect(filenameOf(null)).toBeUndefined();
    expect(filenameOf("attachment")).toBeUndefined();
  });
});
