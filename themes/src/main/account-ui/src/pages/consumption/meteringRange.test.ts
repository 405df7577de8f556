import { describe, expect, it } from "vitest";
import { daysIn, defaultRange, lastDays, meteringBars, rangeError } from "./meteringRange";

describe("metering range", () => {
  it("defaults to the thirty days up to yesterday, across a month end", () => {
    expect(defaultRange(new Date(2026, 2, 5))).toEqual({ from: "2026-02-03", to: "2026-03-04" });
    expect(lastDays(new Date(2026, 0, 1), 365)).toEqual({ from: "2025-01-01", to: "2025-12-31" });
  });

  it("counts both ends and refuses a backwards, a too long or a malformed range", () => {
    expect(daysIn({ from: "2024-01-01", to: "2024-12-31" })).toBe(366);
    expect(rangeError({ from: "2024-01-01", to: "2024-12-31" })).toBeUndefined();
    expect(rangeError({ from: "2024-01-01", to: "2025-01-01" })).toBe("portalMeteringRangeTooLong");
    expect(rangeError({ from: "2026-03-02", to: "2026-03-01" })).toBe("portalMeteringRangeOrder");
    expect(rangeError({ from: "2026-02-30", to: "2026-03-01" })).toBe("portalMeteringRangeInvalid");
    expect(rangeError({ from: "", to: "2026-03-01" })).toBe("portalMeteringRangeInvalid");
  });

  it("makes one bar per interval with a short label on about a dozen of them", () => {
    const quarterHours = Array.from({ length: 672 }, (_, i) => ({
      start: `2026-03-0${1 + Math.floor(i / 96)}T00:00`,
      minutes: 15,
      energy: i,
      power: 4 * i,
      volume: null,
    }));
    const bars = meteringBars(quarterHours, true, (start, withTime) => (withTime ? `${start} t` : start));

    expect(bars).toHaveLength(672);
    expect(bars[5]).toEqual({ label: "2026-03-01T00:00 t", shortLabel: "", value: 5 });
    expect(bars.filter((b) => b.shortLabel !== "")).toHaveLength(12);
    const gas = meteringBars([{ start: "2026-03-01T00:00", minutes: 1440, volume: 2.5 }], false, (s) => s);
    expect(gas).toEqual([{ label: "2026-03-01T00:00", shortLabel: "2026-03-01T00:00", value: 2.5 }]);
  });
});
