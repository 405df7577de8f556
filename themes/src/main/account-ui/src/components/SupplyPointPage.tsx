import { Page } from "@keycloak/keycloak-account-ui";
import { EmptyState, EmptyStateBody, EmptyStateHeader, Spinner, Stack, StackItem } from "@patternfly/react-core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { SupplyPoint } from "../api";
import { useSupplyPoints } from "../portal";
import { ProblemAlert } from "./ProblemAlert";
import { SupplyPointSelector } from "./SupplyPointSelector";

type Props = {
  titleKey: string;
  descriptionKey: string;
  children: (supplyPoint: SupplyPoint) => ReactNode;
};

/** A portal page about one supply point: the selector on top, then the page's content for the selected one. */
export function SupplyPointPage({ titleKey, descriptionKey, children }: Props) {
  const { t } = useTranslation();
  const { supplyPoints, selected, loadProblem } = useSupplyPoints();
  let content: ReactNode;
  if (loadProblem) {
    content = <ProblemAlert problem={loadProblem} />;
  } else if (!supplyPoints) {
    content = <Spinner size="lg" aria-label={t("portalLoading")} />;
  } else if (!selected) {
    content = (
      <EmptyState>
        <EmptyStateHeader titleText={t("portalSupplyPointsNone")} headingLevel="h2" />
        <EmptyStateBody>{t("portalSupplyPointsNoneHelp")}</EmptyStateBody>
      </EmptyState>
    );
  } else {
    content = (
      <Stack hasGutter>
        <StackItem>
          <SupplyPointSelector />
        </StackItem>
        <StackItem>{children(selected)}</StackItem>
      </Stack>
    );
  }
  return (
    <Page title={t(titleKey)} description={t(descriptionKey)}>
      {content}
    </Page>
  );
}
