package it.sportello.keycloak.portal.profile;

import it.sportello.keycloak.crm.ContactDetails;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.portal.AddressJson;

/**
 * Schema {@code Me}: the caller's customer record. {@code version} is the {@link ContactVersion} of its contact
 * fields, to send back with a change. {@code emailConfirmation} is the notice of a requested email change
 * (the same text whether the address could be used or not), null otherwise.
 */
public record MeJson(
        String customerCode,
        String kind,
        String displayName,
        String email,
        String phone,
        String fax,
        AddressJson address,
        String version,
        String emailConfirmation) {

    static MeJson of(CustomerRecord customer, String emailConfirmation) {
        return new MeJson(
                customer.customerCode(),
                customer.kind().name(),
                customer.displayName(),
                customer.email(),
                customer.phone(),
                customer.fax(),
                AddressJson.of(customer.address()),
                ContactVersion.of(new ContactDetails(customer.email(), customer.phone(), customer.fax())),
                emailConfirmation);
    }

    /** Keeps the contact details out of logs. */
    @Override
    public String toString() {
        return "MeJson[kind=" + kind + "]";
    }
}
