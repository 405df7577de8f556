import { describe, expect, it } from "vitest";
import { checkInvite, MAX_NAME_LENGTH, memberName } from "./inviteForm";

describe("checkInvite", () => {
  it("accepts a colleague with trimmed values", () => {
    expect(checkInvite({ firstName: " Anna ", lastName: "Neri", email: " anna.neri@acquachiara.example " })).toEqual({
      valid: true,
      invitation: { firstName: "Anna", lastName: "Neri", email: "anna.neri@acquachiara.example" },
    });
  });

  it("names every empty field", () => {
    expect(checkInvite({ firstName: "  ", lastName: "", email: "" })).toEqual({
      valid: false,
      errors: {
        firstName: "portalCompanyFieldRequired",
        lastName: "portalCompanyFieldRequired",
        email: "portalCompanyFieldRequired",
      },
    });
  });

  it("refuses an address that is not one and names that are too long", () => {
    expect(
      checkInvite({ firstName: "A".repeat(MAX_NAME_LENGTH + 1), lastName: "Neri", email: "anna.neri@acquachiara" }),
    ).toEqual({
      valid: false,
      errors: { firstName: "portalCompanyFieldTooLong", email: "portalCompanyEmailInvalid" },
    });
    expect(checkInvite({ firstName: "Anna", lastName: "Neri", email: "anna neri@example.com" })).toMatchObject({
      valid: false,
      errors: { email: "portalCompanyEmailInvalid" },
    });
  });
});

describe("memberName", () => {
  it("shows the names, else the login", () => {
    expect(memberName({ firstName: "Anna", lastName: "Neri", username: "anna" })).toBe("Anna Neri");
    expect(memberName({ firstName: null, lastName: undefined, username: "acqua.tecnico" })).toBe("acqua.tecnico");
  });
});
