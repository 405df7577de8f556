import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  formatAddress,
  formatAmount,
  formatDate,
  formatDateTime,
  formatFileSize,
  formatNumber,
  monthName,
  parseDecimal,
} from "./format";

// the formatters follow the console's language; the test sets it without loading any messages
const language = vi.hoisted(() => ({ current: "it" }));
vi.mock("./i18n", () => ({
  i18n: {
    get language() {
      return language.current;
    },
  },
}));

/** Intl separates amounts and units with (narrow) no-break spaces: compare with plain ones. */
const plain = (text: string) => text.replace(/\s/g, " ");

describe("formatters", () => {
  beforeEach(() => {
    language.current = "it";
  });

  it("formats a date without shifting it by the time zone", () => {
    expect(formatDate("2025-03-01")).toBe("1 mar 2025");
    expect(formatDate("2025-12-31T23:30:00Z")).toBe("31 dic 2025");
    language.current = "en";
    expect(formatDate("2025-03-01")).toBe("1 Mar 2025");
  });

  it("formats dates, amounts and months the Romanian way", () => {
    language.current = "ro";
    expect(formatDate("2025-03-01")).toBe("1 mar. 2025");
    expect(plain(formatAmount(1234.5))).toBe("1.234,50 EUR");
    expect(monthName(3)).toBe("martie");
  });

  it("formats nothing as an empty text", () => {
    expect(formatDate(null)).toBe("");
    expect(formatDateTime(undefined)).toBe("");
    expect(formatNumber(null)).toBe("");
    expect(formatAddress(null)).toBe("");
  });

  it("formats a date and time in the browser's zone", () => {
    const local = new Date(2025, 2, 1, 14, 5).toISOString();
    expect(plain(formatDateTime(local))).toBe("1 mar 2025, 14:05");
  });

  it("formats euro amounts the Italian or the British way", () => {
    expect(plain(formatAmount(1234.5))).toBe("1234,50 €");
    language.current = "en";
    expect(formatAmount(1234.5)).toBe("€1,234.50");
  });

  it("formats numbers with at most the given decimals", () => {
    expect(formatNumber(1234.5678)).toBe("1234,568");
    expect(formatNumber(12.34, 1)).toBe("12,3");
    language.current = "en";
    expect(formatNumber(1234.5678)).toBe("1,234.568");
  });

  it("formats a file size in bytes below 1 kB, then in kB and MB", () => {
    expect(plain(formatFileSize(87))).toBe("87 byte");
    expect(plain(formatFileSize(0))).toBe("0 byte");
    expect(plain(formatFileSize(1500))).toBe("1,5 kB");
    expect(plain(formatFileSize(245_000))).toBe("245 kB");
    expect(plain(formatFileSize(2_345_678))).toBe("2,3 MB");
    language.current = "en";
    expect(plain(formatFileSize(87))).toBe("87 bytes");
    expect(plain(formatFileSize(1))).toBe("1 byte");
    expect(plain(formatFileSize(1500))).toBe("1.5 kB");
  });

  it("names months from 1", () => {
    expect(monthName(1)).toBe("gennaio");
    expect(monthName(12, "short")).toBe("dic");
    language.current = "en";
    expect(monthName(1)).toBe("January");
  });

  it("writes an address as street, postal code, city and province", () => {
    expect(formatAddress({ street: "Via Roma 1", postalCode: "00100", city: "Roma", province: "RM" })).toBe(
      "Via Roma 1, 00100 Roma (RM)",
    );
    expect(formatAddress({ street: null, postalCode: null, city: "Roma", province: null })).toBe("Roma");
    expect(formatAddress({})).toBe("");
  });

  it("reads a decimal typed with a comma or a point", () => {
    expect(parseDecimal("12,5")).toBe(12.5);
    expect(parseDecimal(" 12.5 ")).toBe(12.5);
    expect(parseDecimal("1 234")).toBe(1234);
    expect(parseDecimal("7")).toBe(7);
  });

  it("refuses what is not a plain positive decimal", () => {
    ["", "  ", "abc", "-1", "1,2,3", "1.234,5", "1e3", "12,", ",5"].forEach((text) =>
      expect(parseDecimal(text), text).toBeNaN(),
    );
  });
});
