import { render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import type { Consumption } from "../../api";
import { ConsumptionFigures } from "./ConsumptionFigures";

// the formatters in English, without loading any messages
vi.mock("../../i18n", () => ({ i18n: { language: "en" } }));

// the texts' keys with their values, so that the test reads what the summary was given
vi.mock("react-i18next", () => ({
  useTranslation: () => ({
    t: (key: string, values?: Record<string, unknown>) => (values ? `${key} ${JSON.stringify(values)}` : key),
  }),
}));

const electricity: Consumption = {
  year: 2026,
  unit: "kWh",
  months: [
    { month: 1, energy: 120, power: 3 },
    { month: 2, energy: 340, power: 3.5 },
    { month: 3, energy: 210, power: 3 },
  ],
};

describe("ConsumptionFigures", () => {
  it("names the chart with a summary of the series and describes it by the table of the same numbers", () => {
    render(<ConsumptionFigures data={electricity} electricity />);

    const chart = screen.getByTestId("consumption-chart");
    expect(chart.getAttribute("role")).toBe("img");
    const name = chart.getAttribute("aria-label") ?? "";
    expect(name).toContain("portalConsumptionChartSummary");
    expect(name).toContain("portalConsumptionChartEnergy");
    expect(name).toContain("120 kWh");
    expect(name).toContain("340 kWh");
    expect(name).toContain("670 kWh");

    const tableId = chart.getAttribute("aria-describedby") ?? "";
    expect(tableId).not.toBe("");
    const table = document.getElementById(tableId);
    expect(table?.tagName).toBe("TABLE");
    expect(table?.textContent).toContain("340");
  });
});
