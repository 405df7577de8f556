import { Alert, Stack, StackItem } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import type { Home } from "../../api";
import { HomeCard } from "./HomeCard";
import { PageLink } from "./PageLink";

type Notice = Home["notices"][number];

const VARIANT = { INFO: "info", WARNING: "warning", URGENT: "danger" } as const;
const VARIANT_LABEL = { INFO: "portalAlertInfo", WARNING: "portalAlertWarning", URGENT: "portalAlertUrgent" } as const;

/** The pages a notice can be about; a closed list, never an address from the CRM. */
const SECTION_PAGE: Record<NonNullable<Notice["section"]>, string> = {
  READINGS: "readings",
  INVOICES: "invoices",
  DOCUMENTS: "documents",
  REQUESTS: "requests",
  SUPPLY_POINTS: "supply-points",
};

/** The CRM's notices for the customer (its own and the general ones), each linking to the page it is about. */
export function NoticesCard({ notices }: { notices: Home["notices"] }) {
  const { t } = useTranslation();
  return (
    <HomeCard id="notices" title={t("portalHomeNotices")}>
      {notices.length === 0 ? (
        <p data-testid="home-notices-none">{t("portalHomeNoticesNone")}</p>
      ) : (
        <Stack hasGutter>
          {notices.map((n) => (
            <StackItem key={n.id}>
              <Alert
                variant={VARIANT[n.severity]}
                variantLabel={t(VARIANT_LABEL[n.severity])}
                isInline
                isPlain
                title={n.title}
                component="h3"
                data-testid={`home-notice-${n.id}`}
              >
                <p>{n.text}</p>
                {n.section && (
                  <PageLink to={SECTION_PAGE[n.section]} testId={`home-notice-link-${n.id}`}>
                    {t(`portalHomeNoticeLink${n.section}`)}
                  </PageLink>
                )}
              </Alert>
            </StackItem>
          ))}
        </Stack>
      )}
    </HomeCard>
  );
}
