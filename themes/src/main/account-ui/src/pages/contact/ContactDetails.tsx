import { Page, PersonalInfo } from "@keycloak/keycloak-account-ui";
import { Spinner, Stack, StackItem, Title } from "@patternfly/react-core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../api";
import { ProblemAlert } from "../../components/ProblemAlert";
import { usePortalQuery } from "../../usePortalQuery";
import { ContactForm } from "./ContactForm";
import { CustomerRecord } from "./CustomerRecord";

const NOT_A_CUSTOMER = "urn:sportello:problem:not-a-customer";

/**
 * Personal data as the CRM has it. Only phone, fax and email can be changed here; the rest is the CRM's and is
 * shown read-only (the server refuses other changes anyway). An account that is not a CRM customer (staff, demo)
 * gets Keycloak's stock personal info page instead.
 */
export function ContactDetails() {
  const { t } = useTranslation();
  const query = usePortalQuery((api, signal) => api.me(signal), []);
  // the answer to the last save replaces what was loaded
  const [saved, setSaved] = useState<Me>();
  const me = saved ?? query.data;

  if (query.problem?.type === NOT_A_CUSTOMER) return <PersonalInfo />;

  return (
    <Page title={t("personalInfo")} description={t("portalContactDescription")}>
      <ProblemAlert problem={query.problem} />
      {query.loading && <Spinner size="lg" aria-label={t("portalLoading")} />}
      {me && (
        <Stack hasGutter>
          <StackItem>
            <Title headingLevel="h2" size="lg">
              {t("portalContactCustomer")}
            </Title>
          </StackItem>
          <StackItem>
            <CustomerRecord me={me} />
          </StackItem>
          <StackItem>
            <Title headingLevel="h2" size="lg" id="contact-form-title">
              {t("portalContactEditable")}
            </Title>
          </StackItem>
          <StackItem>
            <ContactForm me={me} onSaved={setSaved} />
          </StackItem>
        </Stack>
      )}
    </Page>
  );
}
