import { ExpandableSection, StackItem } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Metering } from "../../api";
import { BarChart } from "../../components/BarChart";
import { formatDate, formatDateTime, formatNumber } from "../../format";
import { meteringBars } from "./meteringRange";

type Props = { data: Metering; electricity: boolean };

const formatStart = (start: string, withTime: boolean) => (withTime ? formatDateTime(start) : formatDate(start));

/**
 * A range of interval data as a chart and, folded below it, as a table of the same numbers. Screen readers hear the
 * chart as one image named by a one-sentence summary and described by the table, like the monthly chart.
 */
export function MeteringFigures({ data, electricity }: Props) {
  const { t } = useTranslation();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  const bars = meteringBars(data.intervals, electricity, formatStart);
  const title = t(electricity ? "portalMeteringChartEnergy" : "portalMeteringChartVolume", {
    from: formatDate(data.from),
    to: formatDate(data.to),
    resolution: t(`portalMeteringResolution${data.resolution}`),
  });
  const values = bars.flatMap((b) => (b.value === null ? [] : [b.value]));
  const format = (v: number) => `${formatNumber(v, 2)} ${data.unit}`;
  const summary = t("portalMeteringChartSummary", {
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
          unit={data.unit}
          bars={bars}
          formatValue={(v) => formatNumber(v, 2)}
          summary={summary}
          tableId={tableId}
          testId="metering-chart"
        />
      </StackItem>
      <StackItem>
        <ExpandableSection
          toggleText={showTable ? t("portalConsumptionTableHide") : t("portalConsumptionTableShow")}
          isExpanded={showTable}
          onToggle={(_e, expanded) => setShowTable(expanded)}
        >
          <MeteringTable
            data={data}
            electricity={electricity}
            labels={bars.map((b) => b.label)}
            tableId={tableId}
            title={title}
          />
        </ExpandableSection>
      </StackItem>
    </>
  );
}

type TableProps = Props & { labels: string[]; tableId: string; title: string };

/** The chart's numbers as a table: energy and peak power for electricity, the volume for gas. */
function MeteringTable({ data, electricity, labels, tableId, title }: TableProps) {
  const { t } = useTranslation();
  return (
    <Table id={tableId} aria-label={title} variant="compact" data-testid="metering-table">
      <Thead>
        <Tr>
          <Th>{t("portalMeteringStart")}</Th>
          {electricity ? (
            <>
              <Th>{t("portalConsumptionEnergy")}</Th>
              <Th>{t("portalConsumptionPower")}</Th>
            </>
          ) : (
            <Th>{t("portalMeteringVolume")}</Th>
          )}
        </Tr>
      </Thead>
      <Tbody>
        {data.intervals.map((interval, i) => (
          <Tr key={interval.start}>
            <Td dataLabel={t("portalMeteringStart")}>{labels[i]}</Td>
            {electricity ? (
              <>
                <Td dataLabel={t("portalConsumptionEnergy")}>{formatNumber(interval.energy)}</Td>
                <Td dataLabel={t("portalConsumptionPower")}>{formatNumber(interval.power)}</Td>
              </>
            ) : (
              <Td dataLabel={t("portalMeteringVolume")}>{formatNumber(interval.volume)}</Td>
            )}
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
