import {
  DescriptionList,
  DescriptionListDescription,
  DescriptionListGroup,
  DescriptionListTerm,
} from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { Me } from "../../api";
import { formatAddress } from "../../format";

/** What the CRM holds about the customer and the portal cannot change. */
export function CustomerRecord({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <DescriptionList isHorizontal data-testid="customer-record">
      <DescriptionListGroup>
        <DescriptionListTerm>{t("portalCustomerCode")}</DescriptionListTerm>
        <DescriptionListDescription>{me.customerCode}</DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>
          {me.kind === "COMPANY" ? t("portalCustomerCompanyName") : t("portalCustomerName")}
        </DescriptionListTerm>
        <DescriptionListDescription>{me.displayName}</DescriptionListDescription>
      </DescriptionListGroup>
      <DescriptionListGroup>
        <DescriptionListTerm>{t("portalAddress")}</DescriptionListTerm>
        <DescriptionListDescription>{formatAddress(me.address)}</DescriptionListDescription>
      </DescriptionListGroup>
    </DescriptionList>
  );
}
