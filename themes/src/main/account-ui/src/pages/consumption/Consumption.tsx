import { Button, Spinner, Stack, StackItem, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { DownloadIcon } from "@patternfly/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Consumption as ConsumptionData, ConsumptionMonth, SupplyPoint } from "../../api";
import { BarChart } from "../../components/BarChart";
import { ProblemAlert } from "../../components/ProblemAlert";
import { SupplyPointPage } from "../../components/SupplyPointPage";
import { formatNumber, monthName } from "../../format";
import { useDownload } from "../../useDownload";
import { usePortalApi } from "../../usePortalApi";
import { usePortalQuery } from "../../usePortalQuery";
import { ConsumptionDetails } from "./ConsumptionDetails";
import { YearSelect } from "./YearSelect";

export function Consumption() {
  return (
    <SupplyPointPage titleKey="portalConsumption" descriptionKey="portalConsumptionDescription">
      {(sp) => <ConsumptionOf key={sp.id} supplyPoint={sp} />}
    </SupplyPointPage>
  );
}

function ConsumptionOf({ supplyPoint }: { supplyPoint: SupplyPoint }) {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const query = usePortalQuery((api, signal) => api.consumption(supplyPoint.id, year, signal), [supplyPoint.id, year]);
  const api = usePortalApi();
  const csv = useDownload();
  const data = query.data;
  const electricity = supplyPoint.commodity === "ELECTRICITY";

  return (
    <Stack hasGutter>
      <StackItem>
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <YearSelect year={year} onChange={setYear} />
            </ToolbarItem>
            <ToolbarItem style={{ alignSelf: "flex-end" }}>
              <Button
                variant="secondary"
                icon={<DownloadIcon />}
                onClick={() => csv.download("csv", () => api.consumptionCsv(supplyPoint.id, year))}
                isLoading={csv.downloading !== undefined}
                isDisabled={csv.downloading !== undefined}
                data-testid="consumption-csv"
              >
                {t("portalConsumptionCsv")}
              </Button>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      </StackItem>
      <StackItem>
        <ProblemAlert problem={query.problem ?? csv.problem} />
        {query.loading && <Spinner size="lg" aria-label={t("portalLoading")} />}
        {data && data.months.length === 0 && <p>{t("portalConsumptionNone", { year })}</p>}
        {data && data.months.length > 0 && <ConsumptionChart data={data} electricity={electricity} />}
      </StackItem>
      {data && data.months.length > 0 && (
        <StackItem>
          <ConsumptionDetails months={data.months} electricity={electricity} />
        </StackItem>
      )}
    </Stack>
  );
}

function ConsumptionChart({ data, electricity }: { data: ConsumptionData; electricity: boolean }) {
  const { t } = useTranslation();
  const valueOf = (m: ConsumptionMonth) => (electricity ? m.energy : m.volume) ?? null;
  const bars = Array.from({ length: 12 }, (_, i) => {
    const month = data.months.find((m) => m.month === i + 1);
    return { label: monthName(i + 1), shortLabel: monthName(i + 1, "short"), value: month ? valueOf(month) : null };
  });
  return (
    <BarChart
      title={t(electricity ? "portalConsumptionChartEnergy" : "portalConsumptionChartVolume", { year: data.year })}
      unit={data.unit === "m3" ? "m³" : data.unit}
      bars={bars}
      formatValue={(v) => formatNumber(v, 1)}
    />
  );
}
