import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
  EmptyState,
  EmptyStateBody,
  EmptyStateHeader,
  Spinner,
  Stack,
  StackItem,
  Title,
} from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { ContractData, SupplyPoint } from "../../api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { formatDate, formatNumber } from "../../format";
import { usePortalQuery } from "../../usePortalQuery";

/** The selected supply point's contract in force and its meter, as the CRM holds them (read only). */
export function ContractSection({ supplyPoint }: { supplyPoint: SupplyPoint }) {
  const { t } = useTranslation();
  const query = usePortalQuery((api, signal) => api.contract(supplyPoint.id, signal), [supplyPoint.id]);
  let content;
  if (query.problem) {
    content = <ProblemAlert problem={query.problem} />;
  } else if (!query.data) {
    content = <Spinner size="lg" aria-label={t("portalLoading")} />;
  } else if (!query.data.contract && !query.data.meter) {
    content = (
      <EmptyState>
        <EmptyStateHeader titleText={t("portalContractNone")} headingLevel="h3" />
        <EmptyStateBody>{t("portalContractNoneHelp")}</EmptyStateBody>
      </EmptyState>
    );
  } else {
    content = <ContractDetails data={query.data} />;
  }
  return (
    <section aria-labelledby="contract-title" data-testid="contract">
      <Stack hasGutter>
        <StackItem>
          <Title headingLevel="h2" size="lg" id="contract-title">
            {t("portalContractTitle", { code: supplyPoint.code })}
          </Title>
        </StackItem>
        <StackItem>{content}</StackItem>
      </Stack>
    </section>
  );
}

type Row = [key: string, value: string | null | undefined];

function ContractDetails({ data }: { data: ContractData }) {
  const { t } = useTranslation();
  const { contract, meter } = data;
  const kw = (value?: number | null) => (value === null || value === undefined ? null : `${formatNumber(value, 2)} kW`);
  const rows: Row[] = [];
  if (contract) {
    rows.push(
      ["portalContractOffer", contract.offer],
      ["portalContractStart", formatDate(contract.start)],
      ["portalContractEnd", contract.end ? formatDate(contract.end) : t("portalContractOpenEnded")],
      ["portalContractContractedPower", kw(contract.contractedPowerKw)],
      ["portalContractAvailablePower", kw(contract.availablePowerKw)],
      ["portalContractVoltage", contract.voltage],
      ["portalContractUse", contract.useType && t(`portalContractUse${contract.useType}`, contract.useType)],
      ["portalContractPayment", t(`portalContractPayment${contract.paymentMethod}`)],
      ["portalContractIban", contract.iban],
      ["portalContractMandate", contract.mandateReference],
    );
  } else {
    rows.push(["portalContractOffer", t("portalContractNoContract")]);
  }
  if (meter) {
    rows.push(
      ["portalContractMeterSerial", meter.serial],
      ["portalMeterType", meter.type && t(`portalMeterType${meter.type}`, meter.type)],
      ["portalContractMeterClass", meter.meterClass],
      ["portalContractCorrector", meter.correctorSerial],
    );
  }
  return (
    <DescriptionList isHorizontal data-testid="contract-details">
      {rows
        .filter(([, value]) => value)
        .map(([key, value]) => (
          <DescriptionListGroup key={key}>
            <DescriptionListTerm>{t(key)}</DescriptionListTerm>
            <DescriptionListDescription data-testid={key}>{value}</DescriptionListDescription>
          </DescriptionListGroup>
        ))}
    </DescriptionList>
  );
}
