import { describe, expect, it } from "vitest";
import { maskMobile } from "./mobileMask";

describe("maskMobile", () => {
  it("keeps the country code and the last three digits, like the server's pages", () => {
    expect(maskMobile("+393331110010")).toBe("+39 *******010");
    expect(maskMobile("+40721234567")).toBe("+40 ******567");
    expect(maskMobile("+14155550123")).toBe("+1 *******123");
    expect(maskMobile("+3538512345678")).toBe("+353 *******678");
  });

  it("shows nothing for what is not an E.164 number", () => {
    expect(maskMobile(undefined)).toBeUndefined();
    expect(maskMobile("")).toBeUndefined();
    expect(maskMobile("3331110010")).toBeUndefined();
    expect(maskMobile("+39 333 111 0010")).toBeUndefined();
  });
});
