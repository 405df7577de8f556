import { Button, Label } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import type { Reading } from "../../api";
import { formatDate, formatNumber } from "../../format";

const STATUS_COLOR = { SUBMITTED: "blue", ACQUIRED: "green", REFUSED: "red" } as const;

type Props = { readings: readonly Reading[]; hasCorrector: boolean; onDelete: (reading: Reading) => void };

/**
 * The readings sent so far, newest first, with the CRM's note on each (why it was refused or changed); the ones not
 * acquired yet can be withdrawn.
 */
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
          <Th>{t("portalReadingInformation")}</Th>
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
              <Label color={STATUS_COLOR[r.status]}>{t(`portalReadingStatus${r.status}`)}</Label>
            </Td>
            <Td dataLabel={t("portalReadingInformation")} data-testid={`reading-information-${r.id}`}>
              {r.information ?? ""}
            </Td>
            <Td isActionCell>{r.deletable && <DeleteButton reading={r} onDelete={onDelete} />}</Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}

function DeleteButton({ reading, onDelete }: { reading: Reading; onDelete: (reading: Reading) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="link"
      isDanger
      onClick={() => onDelete(reading)}
      aria-label={t("portalReadingDeleteNamed", { date: formatDate(reading.readingDate) })}
      data-testid={`reading-delete-${reading.id}`}
    >
      {t("portalReadingDelete")}
    </Button>
  );
}
