/** What the administrator typed, as typed. */
export type InviteInput = { firstName: string; lastName: string; email: string };

/** Field name (as the API names it) to message key. */
export type InviteErrors = Partial<Record<keyof InviteInput, string>>;

export type CheckedInvite = { valid: true; invitation: InviteInput } | { valid: false; errors: InviteErrors };

export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;

// the shape only (something@domain.tld, no spaces): the server checks the address as Keycloak does
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The checks the browser can make before inviting a colleague: names and email required, not too long, an address
 * that looks like one. Values are trimmed. The server checks again, and whether the address is taken.
 */
export function checkInvite(input: InviteInput): CheckedInvite {
  const invitation: InviteInput = {
    firstName: input.firstName.trim(),
    lastName: input.lastName.trim(),
    email: input.email.trim(),
  };
  const errors: InviteErrors = {};
  for (const field of ["firstName", "lastName"] as const) {
    if (!invitation[field]) errors[field] = "portalCompanyFieldRequired";
    else if (invitation[field].length > MAX_NAME_LENGTH) errors[field] = "portalCompanyFieldTooLong";
  }
  if (!invitation.email) errors.email = "portalCompanyFieldRequired";
  else if (invitation.email.length > MAX_EMAIL_LENGTH) errors.email = "portalCompanyFieldTooLong";
  else if (!EMAIL.test(invitation.email)) errors.email = "portalCompanyEmailInvalid";
  return Object.keys(errors).length > 0 ? { valid: false, errors } : { valid: true, invitation };
}

/** The member's name as the table shows it: first and last name, else the login. */
export function memberName(member: { firstName?: string | null; lastName?: string | null; username: string }) {
  const name = [member.firstName, member.lastName].filter(Boolean).join(" ").trim();
  return name || member.username;
}
