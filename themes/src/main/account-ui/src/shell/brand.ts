import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";

/**
 * Where the masthead's logo leads: the portal's own site when the account theme names one (`logoUrl` in the theme's
 * theme.properties, an absolute http(s) URL), otherwise the console's start page. Never the server's root `/`, which
 * is the master realm's sign-in.
 */
export function brandHref(environment: Pick<AccountEnvironment, "baseUrl" | "logoUrl">): string {
  const configured = environment.logoUrl?.trim();
  if (configured && /^https?:\/\//i.test(configured)) {
    try {
      return new URL(configured).href;
    } catch {
      // not a URL after all: the console's start page
    }
  }
  return environment.baseUrl;
}
