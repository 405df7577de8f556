import { Button, Spinner, Stack, StackItem, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { DownloadIcon } from "@patternfly/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SupplyPoint } from "../../api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { SupplyPointPage } from "../../components/SupplyPointPage";
import { useDownload } from "../../useDownload";
import { usePortalApi } from "../../usePortalApi";
import { usePortalQuery } from "../../usePortalQuery";
import { ConsumptionFigures } from "./ConsumptionFigures";
import { MeteringSection } from "./MeteringSection";
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
      </StackItem>
      {data && data.months.length > 0 && <ConsumptionFigures data={data} electricity={electricity} />}
      <StackItem>
        <MeteringSection supplyPoint={supplyPoint} />
      </StackItem>
    </Stack>
  );
}
