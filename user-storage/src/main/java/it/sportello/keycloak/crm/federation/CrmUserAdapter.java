package it.sportello.keycloak.crm.federation;

import it.sportello.keycloak.crm.ContactDetails;
import it.sportello.keycloak.crm.ContactUpdateResult;
import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.Customers;
import java.util.List;
import java.util.Objects;
import org.keycloak.models.ModelException;
import org.keycloak.models.UserModel;
import org.keycloak.models.utils.UserModelDelegate;
import org.keycloak.storage.ReadOnlyException;

/**
 * The imported Keycloak user of a CRM customer as every caller sees it. What comes from the CRM is read-only here:
 * only phone, fax and email may change, and each change is written back to the CRM in the same transaction before the
 * local copy is updated. Writing the unchanged value is a no-op, so saving a whole profile form works.
 */
final class CrmUserAdapter extends UserModelDelegate {

    private final CustomerCode customerCode;
    private final Customers customers;
    private final boolean writeBack;

    CrmUserAdapter(UserModel local, CustomerCode customerCode, Customers customers, boolean writeBack) {
        super(local);
        this.customerCode = customerCode;
        this.customers = customers;
        this.writeBack = writeBack;
    }

    @Override
    public void setUsername(String username) {
        refuseChange(UserModel.USERNAME, delegate.getUsername(), username);
    }

    @Override
    public void setFirstName(String firstName) {
        refuseChange(UserModel.FIRST_NAME, delegate.getFirstName(), firstName);
    }

    @Override
    public void setLastName(String lastName) {
        refuseChange(UserModel.LAST_NAME, delegate.getLastName(), lastName);
    }

    @Override
    public void setEmail(String email) {
        String normalized = email == null || email.isBlank() ? null : email.trim();
        if (Objects.equals(normalized, delegate.getEmail())) {
            return;
        }
        writeContact(new ContactDetails(
                normalized,
                delegate.getFirstAttribute(CrmUserAttributes.PHONE),
                delegate.getFirstAttribute(CrmUserAttributes.FAX)));
        delegate.setEmail(normalized);
    }

    @Override
    public void setSingleAttribute(String name, String value) {
        setAttribute(name, value == null ? List.of() : List.of(value));
    }

    @Override
    public void setAttribute(String name, List<String> values) {
        List<String> current = delegate.getAttributeStream(name).toList();
        List<String> requested = values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).toList();
        if (current.equals(requested)) {
            return;
        }
        if (CrmUserAttributes.PHONE.equals(name) || CrmUserAttributes.FAX.equals(name)) {
            String value = requested.isEmpty() ? null : requested.get(0);
            writeContact(new ContactDetails(
                    delegate.getEmail(),
                    CrmUserAttributes.PHONE.equals(name) ? value : delegate.getFirstAttribute(CrmUserAttributes.PHONE),
                    CrmUserAttributes.FAX.equals(name) ? value : delegate.getFirstAttribute(CrmUserAttributes.FAX)));
            delegate.setAttribute(name, requested);
            return;
        }
        if (UserModel.EMAIL.equals(name)) {
            setEmail(requested.isEmpty() ? null : requested.get(0));
            return;
        }
        if (CrmUserAttributes.owned().contains(name)) {
            throw new ReadOnlyException("Attribute " + name + " comes from the CRM and is read-only");
        }
        delegate.setAttribute(name, requested);
    }

    @Override
    public void removeAttribute(String name) {
        setAttribute(name, List.of());
    }

    private void writeContact(ContactDetails contact) {
        if (!writeBack) {
            return;
        }
        ContactUpdateResult result = customers.updateContact(customerCode, contact);
        switch (result) {
            case UPDATED -> {}
                // message keys, shown localized by the account console and the login pages
            case EMAIL_IN_USE -> throw new ModelException("emailExistsMessage");
            case UNKNOWN_CUSTOMER -> throw new ReadOnlyException("The customer is no longer in the CRM");
        }
    }

    private static void refuseChange(String name, String current, String requested) {
        if (!Objects.equals(current, requested)) {
            throw new ReadOnlyException("Attribute " + name + " comes from the CRM and is read-only");
        }
    }
}
