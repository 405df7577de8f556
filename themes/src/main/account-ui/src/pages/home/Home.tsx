import { Page } from "@keycloak/keycloak-account-ui";
import { Gallery, Spinner } from "@patternfly/react-core";
import { useTranslation } from "react-i18next";
import { ProblemAlert } from "../../components/ProblemAlert";
import { formatDateTime } from "../../format";
import type { Home as HomeData } from "../../api";
import { usePortalQuery } from "../../usePortalQuery";
import { LatestInvoiceCard } from "./LatestInvoiceCard";
import { NoticesCard } from "./NoticesCard";
import { OpenTicketsCard } from "./OpenTicketsCard";
import { ReadingWindowsCard } from "./ReadingWindowsCard";

/**
 * The console's first page: a greeting with the customer's name or company, the sign-in before this one, and one
 * block per portal page (the CRM's notices, open requests, reading windows, the latest invoice), each linking to its
 * page.
 */
export function Home() {
  const { t } = useTranslation();
  const query = usePortalQuery((api, signal) => api.home(signal), []);
  const home = query.data;
  return (
    <Page
      title={home ? t("portalHomeGreeting", { name: home.displayName }) : t("portalHome")}
      description={home ? lastSignIn(home, t) : ""}
    >
      <ProblemAlert problem={query.problem} />
      {!home && !query.problem && <Spinner size="lg" aria-label={t("portalLoading")} />}
      {home && (
        <Gallery hasGutter minWidths={{ default: "100%", md: "20rem" }} data-testid="home">
          <NoticesCard notices={home.notices} />
          <OpenTicketsCard tickets={home.openTickets} />
          <ReadingWindowsCard windows={home.readingWindows} />
          <LatestInvoiceCard invoice={home.latestInvoice} />
        </Gallery>
      )}
    </Page>
  );
}

function lastSignIn(home: HomeData, t: (key: string, options?: Record<string, string>) => string): string {
  const last = home.lastSignIn;
  if (!last) return t("portalHomeFirstSignIn");
  const time = formatDateTime(last.time);
  return last.browser
    ? t("portalHomeLastSignInWith", { time, browser: last.browser })
    : t("portalHomeLastSignIn", { time });
}
