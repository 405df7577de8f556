package it.sportello.keycloak.crm;

import java.util.Optional;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The one place that tells whether a Keycloak user is a CRM customer, and which: the portal, the authenticators and
 * the federation all ask here.
 *
 * <p>A customer is a user linked to a component of the CRM federation provider, and its code is its username. The
 * username is the key the federation imported the customer under ({@code customer_code}, which Keycloak stores in lower
 * case) and cannot be changed afterwards (the federation's adapter refuses it). The {@code customerCode} attribute is
 * only a copy of the CRM row for mappers and templates: a user profile that lets an administrator or the user edit
 * attributes could change it, so it never decides whose data a request reads.
 */
public final class CrmCustomers {

    /** Id of the CRM user federation provider ("Sportello CRM" in the admin console's User federation tab). */
    public static final String FEDERATION_PROVIDER_ID = "sportello-crm";

    private CrmCustomers() {}

    /** The customer code of a user linked to the CRM federation; empty for local accounts and other federations. */
    public static Optional<CustomerCode> customerCode(RealmModel realm, UserModel user) {
        String link = user.getFederationLink();
        if (link == null || user.getUsername() == null) {
            return Optional.empty();
        }
        ComponentModel component = realm.getComponent(link);
        if (component == null || !FEDERATION_PROVIDER_ID.equals(component.getProviderId())) {
            return Optional.empty();
        }
        return CustomerCode.stored(user.getUsername());
    }

    /** Whether the user is one of the CRM's customers rather than a local account (staff, demo). */
    public static boolean isCustomer(RealmModel realm, UserModel user) {
        return customerCode(realm, user).isPresent();
    }
}
