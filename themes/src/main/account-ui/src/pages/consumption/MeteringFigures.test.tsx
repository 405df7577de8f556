import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Metering } from "../../api";
import { MeteringFigures } from "./MeteringFigures";

// the formatters in English, without loading any messages
vi.mock("../../i18n", () => ({ i18n: { language: "en" } }));

// the texts' keys with their values, so that the test reads what the summary was given
vi.mock("react-i18next", () => ({
  useTranslation: () => ({
    t: (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key),
  }),
}));

/** A year summed per day by the server: 365 bars, a short label on about a dozen. */
const year: Metering = {
  from: "2025-12-07",
  to: "2026-12-06",
  resolution: "DAY",
  unit: "kWh",
  intervals: Array.from({ length: 365 }, (_, i) => ({
    start: new Date(Date.UTC(2025, 11, 7 + i)).toISOString().slice(0, 10) + "T00:00",
    minutes: 1440,
    energy: i === 100 ? 250 : 100,
    power: 12,
    volume: null,
  })),
};

describe("MeteringFigures", () => {
  it("draws a year of days as one bar each, named by a summary and described by the table", () => {
    render(<MeteringFigures data={year} electricity />);

    const chart = screen.getByTestId("metering-chart");
    expect(chart.querySelectorAll("rect")).toHaveLength(365);
    expect(chart.querySelectorAll("text[aria-hidden='true']").length).toBeLessThan(30);
    const name = chart.getAttribute("aria-label") ?? "";
    expect(name).toContain("portalMeteringChartSummary");
    expect(name).toContain("portalMeteringResolutionDAY");
    expect(name).toContain("250 kWh");
    expect(name).toContain("36,650 kWh");

    const table = document.getElementById(chart.getAttribute("aria-describedby") ?? "");
    expect(table?.tagName).toBe("TABLE");
    expect(table?.querySelectorAll("tbody tr")).toHaveLength(365);
  });
});
