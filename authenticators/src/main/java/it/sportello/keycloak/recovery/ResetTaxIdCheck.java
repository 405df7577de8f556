package it.sportello.keycloak.recovery;

import it.sportello.keycloak.crm.CrmCustomers;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.taxid.TaxId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The reset page's optional second field ({@code askTaxId}): whether the typed tax ID is the account holder's. A CRM
 * customer's is the CRM's (read with the lookup, no further statement); an account outside the CRM is compared with its
 * {@code taxId} attribute, and one without any never matches. Both sides are normalized by {@link TaxId} and compared
 * in constant time, whatever was found.
 */
final class ResetTaxIdCheck {

    /** The user attribute of a local account's tax ID (the CRM federation fills the same name for customers). */
    static final String TAX_ID_ATTRIBUTE = "taxId";

    private ResetTaxIdCheck() {}

    static boolean matches(KeycloakSession session, RealmModel realm, UserModel user, TaxId typed) {
        String recorded = CrmCustomers.customerCode(realm, user)
                .map(code -> session.getProvider(CustomerDirectory.class)
                        .customers()
                        .findByCustomerCode(code)
                        .map(CustomerRecord::taxId)
                        .orElse(null))
                .orElseGet(() -> user.getFirstAttribute(TAX_ID_ATTRIBUTE));
        String expected = recorded == null
                ? ""
                : TaxId.parse(recorded).taxId().map(TaxId::value).orElse("");
        String given = typed == null ? "" : typed.value();
        boolean equal = MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
        return equal && !expected.isEmpty();
    }
}
