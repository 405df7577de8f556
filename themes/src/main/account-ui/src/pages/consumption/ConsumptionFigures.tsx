import { StackItem } from "@patternfly/react-core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import type { Consumption, ConsumptionMonth } from "../../api";
import { BarChart } from "../../components/BarChart";
import { formatNumber, monthName } from "../../format";
import { ConsumptionDetails } from "./ConsumptionDetails";

type Props = { data: Consumption; electricity: boolean };

/**
 * A year's consumption as a chart and, folded below it, as a table of the same numbers, two items of the page's stack.
 * Screen readers hear the chart as one image named by a one-sentence summary and described by the table.
 */
export function ConsumptionFigures({ data, electricity }: Props) {
  const { t } = useTranslation();
  const tableId = useId();
  const valueOf = (m: ConsumptionMonth) => (electricity ? m.energy : m.volume) ?? null;
  const bars = Array.from({ length: 12 }, (_, i) => {
    const month = data.months.find((m) => m.month === i + 1);
    return { label: monthName(i + 1), shortLabel: monthName(i + 1, "short"), value: month ? valueOf(month) : null };
  });
  const unit = data.unit === "m3" ? "m³" : data.unit;
  const title = t(electricity ? "portalConsumptionChartEnergy" : "portalConsumptionChartVolume", { year: data.year });
  const values = bars.flatMap((b) => (b.value === null ? [] : [b.value]));
  const format = (v: number) => `${formatNumber(v, 1)} ${unit}`;
  const summary = t("portalConsumptionChartSummary", {
    title,
    min: format(values.length ? Math.min(...values) : 0),
    max: format(values.length ? Math.max(...values) : 0),
    total: format(values.reduce((sum, v) => sum + v, 0)),
  });
  return (
    <>
      <StackItem>
        <BarChart
          title={title}
          unit={unit}
          bars={bars}
          formatValue={(v) => formatNumber(v, 1)}
          summary={summary}
          tableId={tableId}
        />
      </StackItem>
      <StackItem>
        <ConsumptionDetails months={data.months} electricity={electricity} tableId={tableId} />
      </StackItem>
    </>
  );
}
