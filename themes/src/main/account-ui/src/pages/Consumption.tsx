import {
  Button,
  ExpandableSection,
  FormGroup,
  FormSelect,
  FormSelectOption,
  Spinner,
  Stack,
  StackItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from "@patternfly/react-core";
import { DownloadIcon } from "@patternfly/react-icons";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { saveFile, type Consumption as ConsumptionData, type SupplyPoint } from "../api";
import { BarChart } from "../components/BarChart";
import { ProblemAlert } from "../components/ProblemAlert";
import { SupplyPointPage } from "../components/SupplyPointPage";
import { formatNumber, monthName } from "../format";
import { usePortalApi } from "../portal";

export function Consumption() {
  return (
    <SupplyPointPage titleKey="portalConsumption" descriptionKey="portalConsumptionDescription">
      {(sp) => <ConsumptionOf key={sp.id} supplyPoint={sp} />}
    </SupplyPointPage>
  );
}

const YEARS_SHOWN = 5;

function ConsumptionOf({ supplyPoint }: { supplyPoint: SupplyPoint }) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [data, setData] = useState<ConsumptionData>();
  const [error, setError] = useState<unknown>();
  const [showTable, setShowTable] = useState(false);
  const [downloading, setDownloading] = useState(false);

  useEffect(() => {
    let active = true;
    setData(undefined);
    setError(undefined);
    api
      .consumption(supplyPoint.id, year)
      .then((d) => active && setData(d))
      .catch((e) => active && setError(e));
    return () => {
      active = false;
    };
  }, [api, supplyPoint.id, year]);

  const electricity = supplyPoint.commodity === "ELECTRICITY";
  const unit = data?.unit === "m3" ? "m³" : (data?.unit ?? "");
  const valueOf = (m: ConsumptionData["months"][number]) => (electricity ? m.energy : m.volume) ?? null;
  const bars = Array.from({ length: 12 }, (_, i) => {
    const month = data?.months.find((m) => m.month === i + 1);
    return {
      label: monthName(i + 1),
      shortLabel: monthName(i + 1, "short"),
      value: month ? valueOf(month) : null,
    };
  });

  const downloadCsv = async () => {
    setDownloading(true);
    setError(undefined);
    try {
      saveFile(await api.consumptionCsv(supplyPoint.id, year));
    } catch (e) {
      setError(e);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Stack hasGutter>
      <StackItem>
        <Toolbar>
          <ToolbarContent>
            <ToolbarItem>
              <FormGroup label={t("portalYear")} fieldId="consumption-year">
                <FormSelect
                  id="consumption-year"
                  style={{ minWidth: "8rem" }}
                  value={String(year)}
                  onChange={(_e, value) => setYear(Number(value))}
                >
                  {Array.from({ length: YEARS_SHOWN }, (_, i) => thisYear - i).map((y) => (
                    <FormSelectOption key={y} value={String(y)} label={String(y)} />
                  ))}
                </FormSelect>
              </FormGroup>
            </ToolbarItem>
            <ToolbarItem style={{ alignSelf: "flex-end" }}>
              <Button
                variant="secondary"
                icon={<DownloadIcon />}
                onClick={downloadCsv}
                isLoading={downloading}
                isDisabled={downloading}
                data-testid="consumption-csv"
              >
                {t("portalConsumptionCsv")}
              </Button>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      </StackItem>
      <StackItem>
        <ProblemAlert error={error} />
        {!data && !error && <Spinner size="lg" aria-label={t("portalLoading")} />}
        {data && data.months.length === 0 && <p>{t("portalConsumptionNone", { year })}</p>}
        {data && data.months.length > 0 && (
          <BarChart
            title={t(electricity ? "portalConsumptionChartEnergy" : "portalConsumptionChartVolume", { year })}
            unit={unit}
            bars={bars}
            formatValue={(v) => formatNumber(v, 1)}
          />
        )}
      </StackItem>
      {data && data.months.length > 0 && (
        <StackItem>
          <ExpandableSection
            toggleText={showTable ? t("portalConsumptionTableHide") : t("portalConsumptionTableShow")}
            isExpanded={showTable}
            onToggle={(_e, expanded) => setShowTable(expanded)}
          >
            <Table aria-label={t("portalConsumption")} variant="compact">
              <Thead>
                <Tr>
                  <Th>{t("portalMonth")}</Th>
                  {electricity ? (
                    <>
                      <Th>{t("portalConsumptionEnergy")}</Th>
                      <Th>{t("portalConsumptionPower")}</Th>
                    </>
                  ) : (
                    <Th>{t("portalConsumptionVolume")}</Th>
                  )}
                </Tr>
              </Thead>
              <Tbody>
                {data.months.map((m) => (
                  <Tr key={m.month}>
                    <Td dataLabel={t("portalMonth")}>{monthName(m.month)}</Td>
                    {electricity ? (
                      <>
                        <Td dataLabel={t("portalConsumptionEnergy")}>{formatNumber(m.energy)}</Td>
                        <Td dataLabel={t("portalConsumptionPower")}>{formatNumber(m.power)}</Td>
                      </>
                    ) : (
                      <Td dataLabel={t("portalConsumptionVolume")}>{formatNumber(m.volume)}</Td>
                    )}
                  </Tr>
                ))}
              </Tbody>
            </Table>
          </ExpandableSection>
        </StackItem>
      )}
    </Stack>
  );
}
