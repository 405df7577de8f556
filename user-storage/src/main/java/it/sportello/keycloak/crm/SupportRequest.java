package it.sportello.keycloak.crm;

import it.sportello.keycloak.taxid.TaxId;
import java.util.Objects;

/**
 * A support request from someone who may not be able to sign in (the public form linked from the login and reset
 * pages), as handed to {@link Tickets#createSupportRequest(SupportRequest)}. Values arrive already checked
 * and normalized by the form; the directory stores them as text.
 *
 * @param requesterKind a private person (first and last name) or a company (company name and contact person)
 * @param firstName the person's first name; null for companies
 * @param lastName the person's last name; null for companies
 * @param companyName the company's name; null for people
 * @param contactPerson who to ask for at the company; null for people
 * @param customerCode the customer code as given; null when not given. Never trusted on its own: the
 *     ticket is linked to the customer only when it belongs together with {@code taxId}
 * @param taxId the codice fiscale or partita IVA as given; null when not given
 * @param email where the acknowledgement and the answer go
 * @param phone optional contact phone
 * @param message what the request is about
 * @param locale language tag of the page the request was sent from, for the answer
 */
public record SupportRequest(
        CustomerKind requesterKind,
        String firstName,
        String lastName,
        String companyName,
        String contactPerson,
        CustomerCode customerCode,
        TaxId taxId,
        String email,
        String phone,
        String message,
        String locale) {

    public SupportRequest {
        Objects.requireNonNull(requesterKind, "requesterKind");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(message, "message");
    }

    /** Whether the request names a customer code and a tax ID, the pair that can link it to a customer. */
    public boolean claimsCustomer() {
        return customerCode != null && taxId != null;
    }

    /** The requester as staff address them: "first last" for people, the contact person at a company. */
    public String contactName() {
        if (requesterKind == CustomerKind.COMPANY) {
            return contactPerson;
        }
        if (firstName == null) {
            return lastName;
        }
        return lastName == null ? firstName : firstName + " " + lastName;
    }

    /** Names, codes, addresses and the message are personal data: none of them reaches a log. */
    @Override
    public String toString() {
        return "SupportRequest[requesterKind=" + requesterKind + ", claimsCustomer=" + claimsCustomer() + "]";
    }
}
