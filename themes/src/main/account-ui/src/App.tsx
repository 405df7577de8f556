import { Header } from "@keycloak/keycloak-account-ui";
import { Page, Spinner } from "@patternfly/react-core";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router-dom";
import { PageNav } from "./PageNav";
import { SupplyPointProvider } from "./portal";

/** The console's frame: Keycloak's header (user menu, sign out), our menu, and the page of the current route. */
export function App() {
  const { t } = useTranslation();
  return (
    <SupplyPointProvider>
      <Page header={<Header />} sidebar={<PageNav />} isManagedSidebar>
        <Suspense fallback={<Spinner aria-label={t("portalLoading")} />}>
          <Outlet />
        </Suspense>
      </Page>
    </SupplyPointProvider>
  );
}
