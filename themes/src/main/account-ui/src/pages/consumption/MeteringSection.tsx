import { Button, Spinner, Stack, StackItem, Title, Toolbar, ToolbarContent, ToolbarItem } from "@patternfly/react-core";
import { DownloadIcon } from "@patternfly/react-icons";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { SupplyPoint } from "../../api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useDownload } from "../../useDownload";
import { usePortalApi } from "../../usePortalApi";
import { usePortalQuery } from "../../usePortalQuery";
import { MeteringFigures } from "./MeteringFigures";
import { MeteringFilter } from "./MeteringFilter";
import { defaultRange, type DateRange } from "./meteringRange";

/**
 * The supply point's interval data below the monthly figures: a range of days (the last 30 by default), a chart that
 * the server keeps small (every interval up to a week, sums per day beyond), its table, and the range's every interval
 * as CSV or XLSX.
 */
export function MeteringSection({ supplyPoint }: { supplyPoint: SupplyPoint }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<DateRange>(() => defaultRange(new Date()));
  const query = usePortalQuery((api, signal) => api.metering(supplyPoint.id, range, signal), [supplyPoint.id, range]);
  const files = useDownload();
  const data = query.data;
  return (
    <Stack hasGutter>
      <StackItem>
        <Title headingLevel="h2" size="lg">
          {t("portalMetering")}
        </Title>
        <p>{t("portalMeteringDescription")}</p>
      </StackItem>
      <StackItem>
        <MeteringFilter range={range} onApply={setRange} />
        <MeteringDownloads supplyPoint={supplyPoint} range={range} files={files} />
      </StackItem>
      <StackItem>
        <ProblemAlert problem={query.problem ?? files.problem} />
        {query.loading && <Spinner size="lg" aria-label={t("portalLoading")} />}
        {data && data.intervals.length === 0 && <p data-testid="metering-none">{t("portalMeteringNone")}</p>}
      </StackItem>
      {data && data.intervals.length > 0 && (
        <MeteringFigures data={data} electricity={supplyPoint.commodity === "ELECTRICITY"} />
      )}
    </Stack>
  );
}

type DownloadsProps = { supplyPoint: SupplyPoint; range: DateRange; files: ReturnType<typeof useDownload> };

/** Every interval of the range as CSV or as an Excel workbook, whatever resolution the chart has. */
function MeteringDownloads({ supplyPoint, range, files }: DownloadsProps) {
  const { t } = useTranslation();
  const api = usePortalApi();
  const file = (format: "csv" | "xlsx", key: string) => (
    <ToolbarItem>
      <Button
        variant="secondary"
        icon={<DownloadIcon />}
        onClick={() => files.download(format, () => api.meteringFile(supplyPoint.id, range, format))}
        isLoading={files.downloading === format}
        isDisabled={files.downloading !== undefined}
        data-testid={`metering-${format}`}
      >
        {t(key)}
      </Button>
    </ToolbarItem>
  );
  return (
    <Toolbar>
      <ToolbarContent>
        {file("csv", "portalMeteringCsv")}
        {file("xlsx", "portalMeteringXlsx")}
      </ToolbarContent>
    </Toolbar>
  );
}
