import { Page } from "@keycloak/keycloak-account-ui";
import { Button, Label, Spinner } from "@patternfly/react-core";
import { Table, Tbody, Td, Th, Thead, Tr } from "@patternfly/react-table";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../components/ProblemAlert";
import { formatAddress } from "../../format";
import type { SupplyPoint } from "../../api";
import { useSupplyPoints, type SupplyPointState } from "../../portal";
import { ContractSection } from "./ContractSection";

/**
 * Every supply point of the customer; choosing one makes it the subject of the other portal pages, and shows its
 * contract and meter below.
 */
export function SupplyPoints() {
  const { t } = useTranslation();
  const { supplyPoints, selected, select, loadProblem } = useSupplyPoints();
  return (
    <Page title={t("portalSupplyPoints")} description={t("portalSupplyPointsDescription")}>
      <ProblemAlert problem={loadProblem} />
      {!supplyPoints && !loadProblem && <Spinner size="lg" aria-label={t("portalLoading")} />}
      {supplyPoints && supplyPoints.length === 0 && <p>{t("portalSupplyPointsNone")}</p>}
      {supplyPoints && supplyPoints.length > 0 && (
        <SupplyPointTable supplyPoints={supplyPoints} selected={selected} select={select} />
      )}
      {selected && <ContractSection key={selected.id} supplyPoint={selected} />}
    </Page>
  );
}

type TableProps = Pick<SupplyPointState, "selected" | "select"> & { supplyPoints: readonly SupplyPoint[] };

function SupplyPointTable({ supplyPoints, selected, select }: TableProps) {
  const { t } = useTranslation();
  return (
    <Table aria-label={t("portalSupplyPoints")} variant="compact" data-testid="supply-points">
      <Thead>
        <Tr>
          <Th>{t("portalCommodity")}</Th>
          <Th>{t("portalSupplyPointCode")}</Th>
          <Th>{t("portalAddress")}</Th>
          <Th>{t("portalMeterType")}</Th>
          <Th>{t("portalCorrector")}</Th>
          <Th screenReaderText={t("portalActions")} />
        </Tr>
      </Thead>
      <Tbody>
        {supplyPoints.map((sp) => {
          const isSelected = sp.id === selected?.id;
          return (
            <Tr key={sp.id} data-testid={`supply-point-${sp.id}`}>
              <Td dataLabel={t("portalCommodity")}>{t(`portalCommodity${sp.commodity}`)}</Td>
              <Td dataLabel={t("portalSupplyPointCode")}>{sp.code}</Td>
              <Td dataLabel={t("portalAddress")}>{formatAddress(sp.address)}</Td>
              <Td dataLabel={t("portalMeterType")}>
                {sp.meterType ? t(`portalMeterType${sp.meterType}`, { defaultValue: sp.meterType }) : ""}
              </Td>
              <Td dataLabel={t("portalCorrector")}>{sp.hasCorrector ? t("portalYes") : t("portalNo")}</Td>
              <Td isActionCell>
                {isSelected ? (
                  <Label color="blue">{t("portalSupplyPointSelected")}</Label>
                ) : (
                  <Button
                    variant="secondary"
                    onClick={() => select(sp.id)}
                    aria-label={t("portalSupplyPointChooseNamed", { code: sp.code })}
                  >
                    {t("portalSupplyPointChoose")}
                  </Button>
                )}
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
}
