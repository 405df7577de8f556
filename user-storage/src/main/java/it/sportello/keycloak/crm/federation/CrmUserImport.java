package it.sportello.keycloak.crm.federation;

import it.sportello.keycloak.crm.CustomerRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.keycloak.component.ComponentModel;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.UserProvider;

/** Writes a CRM customer onto its imported Keycloak user: on first import, and on refresh when the CRM row changed. */
final class CrmUserImport {

    private CrmUserImport() {}

    static UserModel create(
            UserProvider localStorage, RealmModel realm, ComponentModel model, CustomerRecord customer) {
        UserModel local = localStorage.addUser(realm, customer.customerCode());
        local.setFederationLink(model.getId());
        local.setEnabled(true);
        copy(local, customer);
        return local;
    }

    /** Updates the local copy if the CRM row changed since it was imported; returns whether anything was written. */
    static boolean refresh(UserModel local, CustomerRecord customer) {
        String imported = local.getFirstAttribute(CrmUserAttributes.CRM_UPDATED_AT);
        String current =
                customer.updatedAt() == null ? null : customer.updatedAt().toString();
        if (current != null && current.equals(imported)) {
            return false;
        }
        copy(local, customer);
        return true;
    }

    private static void copy(UserModel local, CustomerRecord customer) {
        setIfChanged(local.getFirstName(), CrmUserAttributes.firstName(customer), local::setFirstName);
        setIfChanged(local.getLastName(), CrmUserAttributes.lastName(customer), local::setLastName);
        String email = customer.email() == null || customer.email().isBlank()
                ? null
                : customer.email().trim();
        if (!Objects.equals(local.getEmail(), email == null ? null : email.toLowerCase(java.util.Locale.ROOT))) {
            local.setEmail(email);
            // the CRM's contact data is the operator's record of the customer
            local.setEmailVerified(email != null);
        }
        Map<String, List<String>> attributes = CrmUserAttributes.of(customer);
        for (String name : CrmUserAttributes.owned()) {
            List<String> values = attributes.get(name);
            if (values == null) {
                if (local.getFirstAttribute(name) != null) {
                    local.removeAttribute(name);
                }
            } else if (!values.equals(local.getAttributeStream(name).toList())) {
                local.setAttribute(name, values);
            }
        }
    }

    private static void setIfChanged(String current, String value, java.util.function.Consumer<String> setter) {
        if (!Objects.equals(current, value)) {
            setter.accept(value);
        }
    }
}
