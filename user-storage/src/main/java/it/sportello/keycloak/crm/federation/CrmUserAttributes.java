package it.sportello.keycloak.crm.federation;

import it.sportello.keycloak.crm.Address;
import it.sportello.keycloak.crm.CustomerKind;
import it.sportello.keycloak.crm.CustomerRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.UserModel;

/**
 * How a CRM customer is mapped onto a Keycloak user: the attribute names (also declared in the realm's user profile)
 * and which of them the customer may edit. Everything else comes from the CRM and is read-only in Keycloak.
 */
final class CrmUserAttributes {

    static final String CUSTOMER_CODE = "customerCode";
    static final String CUSTOMER_KIND = "customerKind";
    static final String TAX_ID = "taxId";
    static final String COMPANY_NAME = "companyName";
    static final String PHONE = "phone";
    static final String FAX = "fax";
    static final String STREET = "street";
    static final String POSTAL_CODE = "postalCode";
    static final String CITY = "city";
    static final String PROVINCE = "province";
    static final String SUPPLIER = "supplier";
    static final String PREQUALIFIED = "prequalified";
    /** The CRM's updated-at of the imported copy, so unchanged customers are not rewritten. */
    static final String CRM_UPDATED_AT = "crmUpdatedAt";

    /** Attributes the customer may change; they are written back to the CRM. */
    static final Set<String> EDITABLE = Set.of(PHONE, FAX, UserModel.EMAIL);

    private CrmUserAttributes() {}

    /** The attributes of the imported user, one value each; absent CRM values are left out. */
    static Map<String, List<String>> of(CustomerRecord customer) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        put(attributes, CUSTOMER_CODE, customer.customerCode());
        put(attributes, CUSTOMER_KIND, customer.kind().name());
        put(attributes, TAX_ID, customer.taxId());
        put(attributes, COMPANY_NAME, customer.kind() == CustomerKind.COMPANY ? customer.companyName() : null);
        put(attributes, PHONE, customer.phone());
        put(attributes, FAX, customer.fax());
        Address address = customer.address();
        if (address != null) {
            put(attributes, STREET, address.street());
            put(attributes, POSTAL_CODE, address.postalCode());
            put(attributes, CITY, address.city());
            put(attributes, PROVINCE, address.province());
        }
        put(attributes, SUPPLIER, Boolean.toString(customer.supplier()));
        put(attributes, PREQUALIFIED, Boolean.toString(customer.prequalified()));
        put(
                attributes,
                CRM_UPDATED_AT,
                customer.updatedAt() == null ? null : customer.updatedAt().toString());
        return attributes;
    }

    /** Names of every attribute this mapping owns, so stale ones can be removed on refresh. */
    static Set<String> owned() {
        return Set.of(
                CUSTOMER_CODE,
                CUSTOMER_KIND,
                TAX_ID,
                COMPANY_NAME,
                PHONE,
                FAX,
                STREET,
                POSTAL_CODE,
                CITY,
                PROVINCE,
                SUPPLIER,
                PREQUALIFIED,
                CRM_UPDATED_AT);
    }

    /** First name shown in Keycloak: the person's first name, or the company name for companies. */
    static String firstName(CustomerRecord customer) {
        return customer.kind() == CustomerKind.COMPANY ? customer.companyName() : customer.firstName();
    }

    /** Last name shown in Keycloak: the person's last name; empty for companies. */
    static String lastName(CustomerRecord customer) {
        return customer.kind() == CustomerKind.COMPANY ? null : customer.lastName();
    }

    private static void put(Map<String, List<String>> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, List.of(value));
        }
    }
}
