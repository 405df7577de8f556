import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import type { ConsumptionMonth } from "../../api";
import { formatNumber, monthName } from "../../format";

/** The chart's numbers as a table: energy and peak power for electricity, the volume for gas and water. */
export function ConsumptionTable({
  months,
  electricity,
}: {
  months: readonly ConsumptionMonth[];
  electricity: boolean;
}) {
  const { t } = useTranslation();
  return (
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
