/** The required action that adds, changes or removes the backup address (Keycloak's kc_action). */
export const RECOVERY_EMAIL_ACTION = "sportello-verify-recovery-email";

/** The user-profile attribute that holds the verified backup address (read-only here: only the action writes it). */
export const RECOVERY_EMAIL_ATTRIBUTE = "recoveryEmail";

type AccountAttributes = { attributes?: Record<string, string[] | string | undefined> };

/** The verified backup address of the account as Keycloak's account REST API returns it, or undefined. */
export function recoveryEmailOf(account: AccountAttributes | undefined): string | undefined {
  const value = account?.attributes?.[RECOVERY_EMAIL_ATTRIBUTE];
  const first = Array.isArray(value) ? value[0] : value;
  return first && first.trim() !== "" ? first : undefined;
}
