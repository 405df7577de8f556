import { Alert, List, ListItem } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { PortalError } from "../api";

/**
 * Shows why the server refused: the problem's localized title and detail, and every field error, read out by screen
 * readers as soon as it appears.
 */
export function ProblemAlert({ error, titleKey }: { error: unknown; titleKey?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = error instanceof PortalError ? error.problem : undefined;
  const title = problem?.title ?? t(titleKey ?? "portalErrorGeneric");
  return (
    <Alert variant="danger" variantLabel={t("portalAlertDanger")} isInline title={title} aria-live="assertive" data-testid="portal-problem">
      {problem?.detail && <p>{problem.detail}</p>}
      {problem?.errors && problem.errors.length > 0 && (
        <List>
          {problem.errors.map((e) => (
            <ListItem key={e.field + e.message}>{e.message}</ListItem>
          ))}
        </List>
      )}
      {!problem && <p>{t("portalErrorNetwork")}</p>}
    </Alert>
  );
}
