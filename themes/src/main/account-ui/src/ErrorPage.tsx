import { Page } from "@keycloak/keycloak-account-ui";
import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, useRouteError } from "react-router-dom";

export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Page title={t(notFound ? "portalPageNotFound" : "portalErrorGeneric")} description={t("portalErrorPageHelp")}>
      {null}
    </Page>
  );
}
