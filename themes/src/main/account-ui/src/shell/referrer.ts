import type { AccountEnvironment } from "@keycloak/keycloak-account-ui";

/** The way back to the application that sent the user to the console: its name and address. */
export type Referrer = { name: string; href: string };

/**
 * The application that opened the console with `?referrer=<client id>&referrer_uri=<address>`, as Keycloak's account
 * console resolves it (the address checked against the client's redirect URIs, else the client's base URL; the name
 * is the client's, possibly a `${key}` of the theme's messages). Keycloak writes `#` as `_hash_` in that address. Only
 * an http(s) address makes a link; otherwise there is none, as in Keycloak's own console header.
 */
export function referrer(
  environment: Pick<AccountEnvironment, "referrerName" | "referrerUrl">,
  translate: (key: string) => string,
): Referrer | undefined {
  const address = environment.referrerUrl?.trim().replace("_hash_", "#");
  if (!address || !/^https?:\/\//i.test(address)) return undefined;
  let href: string;
  try {
    href = new URL(address).href;
  } catch {
    return undefined;
  }
  const raw = environment.referrerName?.trim() || new URL(href).host;
  const key = /^\$\{(.+)\}$/.exec(raw)?.[1];
  return { name: key ? translate(key) : raw, href };
}
