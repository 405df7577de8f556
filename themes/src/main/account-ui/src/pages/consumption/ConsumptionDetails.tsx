import { ExpandableSection } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConsumptionMonth } from "../../api";
import { formatNumber, monthName } from "../../format";

type Props = { months: readonly ConsumptionMonth[]; electricity: boolean; tableId: string };

/** The table below the chart, folded until asked for; the chart names it (tableId) as its description. */
export function ConsumptionDetails({ months, electricity, tableId }: Props) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  return (
    <ExpandableSection
      toggleText={showTable ? t("portalConsumptionTableHide") : t("portalConsumptionTableShow")}
      isExpanded={showTable}
      onToggle={(_e, expanded) => setShowTable(expanded)}
    >
      <ConsumptionTable months={months} electricity={electricity} tableId={tableId} />
    </ExpandableSection>
  );
}

/** The chart's numbers as a table: energy and peak power for electricity, the volume for gas and water. */
function ConsumptionTable({ months, electricity, tableId }: Props) {
  const { t } = useTranslation();
  return (
    <Table id={tableId} aria-label={t("portalConsumption")} variant="compact">
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
        {months.map((m) => (
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
  );
}
