import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";
import { getPersonalInfo, savePersonalInfo } from "@keycloak/keycloak-account-ui";
import type { KeycloakContext } from "@keycloak/keycloak-ui-shared";

/** The user's language as Keycloak keeps it: the user-profile attribute `locale`, also the tokens' `locale` claim. */
export const LOCALE_ATTRIBUTE = "locale";

/**
 * The language the console shows on arrival: the user's own (chosen on the sign-in page, which Keycloak stores as the
 * user's locale, or in this console), when the realm offers it; otherwise the one the server resolved.
 */
export function arrivalLanguage(userLocale: unknown, supported: readonly string[], serverLocale: string): string {
  if (typeof userLocale === "string" && supported.includes(userLocale)) {
    return userLocale;
  }
  return serverLocale;
}

/** The attributes to send back with the new locale: the user's own, unchanged, and `locale`. */
export function withLocale(attributes: Record<string, unknown> | undefined, language: string): Record<string, unknown> {
  return { ...(attributes ?? {}), [LOCALE_ATTRIBUTE]: [language] };
}

/**
 * Writes the user's locale through the account REST API, as Keycloak's own console does from its personal-info
 * page: the representation read back, with only `locale` changed. Then the token is refreshed, so that its `locale`
 * claim says the same.
 */
export async function saveUserLocale(context: KeycloakContext<AccountEnvironment>, language: string): Promise<void> {
  const user = await getPersonalInfo({ context });
  // the metadata is what the server describes, not part of what it takes back
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { userProfileMetadata, ...representation } = user;
  await savePersonalInfo(context, {
    ...representation,
    attributes: withLocale(representation.attributes, language),
  });
  await context.keycloak.updateToken(-1);
}
