package it.sportello.keycloak.portal;

import it.sportello.keycloak.crm.Address;

/** Schema {@code Address}: a postal address; every part null when the CRM has none. */
public record AddressJson(String street, String postalCode, String city, String province) {

    public static AddressJson of(Address address) {
        return address == null
                ? new AddressJson(null, null, null, null)
                : new AddressJson(address.street(), address.postalCode(), address.city(), address.province());
    }
}
