import { Page, Spinner } from "@patternfly/react-core";
import { Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router-dom";
import { PageNav } from "./PageNav";
import { SupplyPointProvider } from "./portal";
import { PortalMasthead } from "./shell/Masthead";

/** The console's frame: our masthead (brand, language, user menu), our menu, and the page of the current route. */
export function App() {
  const { t } = useTranslation();
  return (
    <SupplyPointProvider>
      <Page header={<PortalMasthead />} sidebar={<PageNav />} isManagedSidebar>
        <Suspense fallback={<Spinner aria-label={t("portalLoading")} />}>
          <Outlet />
        </Suspense>
      </Page>
    </SupplyPointProvider>
  );
}
