import { Button, Label } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import type { Reading } from "../../api";
import { formatDate, formatNumber } from "../../format";

type Props = { readings: readonly Reading[]; hasCorrector: boolean; onDelete: (reading: Reading) => void };

/** The readings sent so far, newest first; the ones the CRM has not acquired yet can be withdrawn. */
export function ReadingHistory({ readings, hasCorrector, onDelete }: Props) {
  const { t } = useTranslation();
  if (readings.length === 0) return <p>{t("portalReadingsNone")}</p>;
  return (
    <Table aria-label={t("portalReadingHistory")} variant="compact" data-testid="readings">
      <Thead>
        <Tr>
          <Th>{t("portalReadingDate")}</Th>
          <Th>{t("portalReadingMeterValue")}</Th>
          {hasCorrector && <Th>{t("portalReadingCorrectorValue")}</Th>}
          <Th>{t("portalReadingStatus")}</Th>
          <Th screenReaderText={t("portalActions")} />
        </Tr>
      </Thead>
      <Tbody>
        {readings.map((r) => (
          <Tr
            key={r.id}
            data-testid={`reading-${r.id}`}
            data-reading-date={r.readingDate}
            data-meter-value={r.meterValue}
          >
            <Td dataLabel={t("portalReadingDate")}>{formatDate(r.readingDate)}</Td>
            <Td dataLabel={t("portalReadingMeterValue")}>{formatNumber(r.meterValue)}</Td>
            {hasCorrector && <Td dataLabel={t("portalReadingCorrectorValue")}>{formatNumber(r.correctorValue)}</Td>}
            <Td dataLabel={t("portalReadingStatus")}>
              <Label color={r.status === "ACQUIRED" ? "green" : "blue"}>{t(`portalReadingStatus${r.status}`)}</Label>
            </Td>
            <Td isActionCell>
              {r.deletable && (
                <Button
                  variant="link"
                  isDanger
                  onClick={() => onDelete(r)}
                  aria-label={t("portalReadingDeleteNamed", { date: formatDate(r.readingDate) })}
                  data-testid={`reading-delete-${r.id}`}
                >
                  {t("portalReadingDelete")}
                </Button>
              )}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
