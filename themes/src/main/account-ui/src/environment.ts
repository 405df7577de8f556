import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { getInjectedEnvironment } from "@keycloak/keycloak-ui-shared";

/** What Keycloak writes into index.ftl's `environment` script: realm, client, URLs, locale, feature flags. */
export const environment = getInjectedEnvironment<AccountEnvironment>();
