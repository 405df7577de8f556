package it.sportello.keycloak.crm;

import java.time.Instant;

/**
 * A CRM customer as Sportello sees it. Deliberately without the legacy password hash (see
 * {@link Customers#legacyPassword(CustomerCode)}).
 */
public record CustomerRecord(
        String customerCode,
        CustomerKind kind,
        String firstName,
        String lastName,
        String companyName,
        String taxId,
        String email,
        String phone,
        String fax,
        Address address,
        boolean supplier,
        boolean prequalified,
        Instant prequalifiedAt,
        Instant updatedAt) {

    /** The customer's code as a value type, for the next question about the same customer. */
    public CustomerCode code() {
        return CustomerCode.stored(customerCode).orElseThrow();
    }

    /** Company name for companies, "first last" for people. */
    public String displayName() {
        if (kind == CustomerKind.COMPANY) {
            return companyName;
        }
        if (firstName == null) {
            return lastName;
        }
        return lastName == null ? firstName : firstName + " " + lastName;
    }

    /** Keeps tax ID, email and phone numbers out of logs and exception messages. */
    @Override
    public String toString() {
        return "CustomerRecord[kind=" + kind + ", supplier=" + supplier + ", updatedAt=" + updatedAt + "]";
    }
}
