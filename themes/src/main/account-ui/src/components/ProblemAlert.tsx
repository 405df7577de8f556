import { Alert, List, ListItem } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { Problem } from "../problem";

/**
 * Shows why a call failed: the problem's localized title and detail, and every field error, read out by screen
 * readers as soon as it appears; when no answer came at all, a hint about the connection.
 */
export function ProblemAlert({ problem, titleKey }: { problem: Problem | undefined; titleKey?: string }) {
  const { t } = useTranslation();
  if (!problem) return null;
  const title = problem.title ?? t(titleKey ?? "portalErrorGeneric");
  return (
    <Alert
      variant="danger"
      variantLabel={t("portalAlertDanger")}
      isInline
      title={title}
      aria-live="assertive"
      data-testid="portal-problem"
    >
      {problem.detail && <p>{problem.detail}</p>}
      {problem.errors && problem.errors.length > 0 && (
        <List>
          {problem.errors.map((e) => (
            <ListItem key={e.field + e.message}>{e.message}</ListItem>
          ))}
        </List>
      )}
      {problem.status === 0 && <p>{t("portalErrorNetwork")}</p>}
    </Alert>
  );
}
