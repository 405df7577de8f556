import { Page } from "@keycloak/keycloak-account-ui";
import { Stack, StackItem } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { DocumentSection } from "./DocumentSection";

/**
 * The customer's documents (contracts, notices, letters) and the general ones (forms, regulations, ARERA notices,
 * tariffs), each list paged on its own; a document is marked new until the customer first downloads it.
 */
export function Documents() {
  const { t } = useTranslation();
  return (
    <Page title={t("portalDocuments")} description={t("portalDocumentsDescription")}>
      <Stack hasGutter>
        <StackItem>
          <DocumentSection scope="customer" titleKey="portalDocumentsOwn" noneKey="portalDocumentsOwnNone" />
        </StackItem>
        <StackItem>
          <DocumentSection scope="general" titleKey="portalDocumentsGeneral" noneKey="portalDocumentsGeneralNone" />
        </StackItem>
      </Stack>
    </Page>
  );
}
