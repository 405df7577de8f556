package it.sportello.keycloak.crm;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * The supplier prequalification gate: only suppliers that completed prequalification have an active portal account.
 * One piece of code for the whole lifecycle: account claiming (after code, tax ID and proof matched), sign-in (after
 * the password was verified), the reset (the same page as everyone, no mail), the portal API (403 problem) and the
 * re-check of open sessions at token refresh. The CRM decides at the time of the question: when it marks a supplier
 * prequalified, the next sign-in or claim works with no admin step; when it withdraws the flag, the gate closes.
 *
 * <p>{@link #lifecycle()} is the gate of claim, sign-in, portal and sessions (suppliers, read from the CRM). The reset
 * step builds its own from its settings, which may widen the scope or read user attributes instead.
 */
public final class PrequalificationGate {

    /** What the gate needs to know about an account. */
    public record Facts(boolean crmCustomer, boolean supplier, boolean prequalified) {

        public static final Facts NOT_A_CUSTOMER = new Facts(false, false, false);
    }

    /** The attribute names the CRM federation gives these flags. */
    public static final String DEFAULT_SUPPLIER_ATTRIBUTE = "supplier";

    public static final String DEFAULT_PREQUALIFIED_ATTRIBUTE = "prequalified";

    private static final PrequalificationGate LIFECYCLE = new PrequalificationGate(
            PrequalificationScope.SUPPLIERS,
            PrequalificationSource.CRM,
            DEFAULT_SUPPLIER_ATTRIBUTE,
            DEFAULT_PREQUALIFIED_ATTRIBUTE);

    private final PrequalificationScope scope;
    private final PrequalificationSource source;
    private final String supplierAttribute;
    private final String prequalifiedAttribute;

    public PrequalificationGate(
            PrequalificationScope scope,
            PrequalificationSource source,
            String supplierAttribute,
            String prequalifiedAttribute) {
        this.scope = scope;
        this.source = source;
        this.supplierAttribute = supplierAttribute;
        this.prequalifiedAttribute = prequalifiedAttribute;
    }

    /** The gate of claim, sign-in, portal API and open sessions: suppliers without prequalification, per the CRM. */
    public static PrequalificationGate lifecycle() {
        return LIFECYCLE;
    }

    /**
     * Whether a Keycloak user may not use the portal. Local accounts (no CRM federation link) are never gated; the CRM
     * is asked only for customers (one read by customer code, kept for the rest of the Keycloak session).
     */
    public boolean blocks(KeycloakSession session, RealmModel realm, UserModel user) {
        return blocks(CrmCustomers.customerCode(realm, user), user::getFirstAttribute, () -> session.getProvider(
                        CustomerDirectory.class)
                .customers());
    }

    /**
     * Whether the account gets no access. The CRM is asked only when the gate is on and reads from it.
     *
     * @param customerCode the account's customer code ({@code CrmCustomers.customerCode}); empty for a local account
     * @param userAttribute the account's first value of a user attribute, or null ({@code user::getFirstAttribute})
     * @param customers the CRM, looked up lazily
     */
    public boolean blocks(
            Optional<CustomerCode> customerCode,
            Function<String, String> userAttribute,
            Supplier<Customers> customers) {
        if (scope == PrequalificationScope.NONE) {
            return false;
        }
        return blocks(scope, facts(customerCode, userAttribute, customers));
    }

    /**
     * Whether a CRM customer that has no account yet (account claiming) may not get one: always read from the CRM,
     * since there is no user to hold attributes.
     */
    public boolean blocksCustomer(CustomerCode customerCode, Customers customers) {
        if (scope == PrequalificationScope.NONE) {
            return false;
        }
        return blocks(scope, crmFacts(customerCode, customers));
    }

    public static boolean blocks(PrequalificationScope scope, Facts facts) {
        return switch (scope) {
            case NONE -> false;
            case SUPPLIERS -> facts.crmCustomer() && facts.supplier() && !facts.prequalified();
            case ALL_CRM_CUSTOMERS -> facts.crmCustomer() && !facts.prequalified();
        };
    }

    private Facts facts(
            Optional<CustomerCode> customerCode,
            Function<String, String> userAttribute,
            Supplier<Customers> customers) {
        if (customerCode.isEmpty()) {
            // a local account (operator staff, demo): not a CRM customer, never gated
            return Facts.NOT_A_CUSTOMER;
        }
        if (source == PrequalificationSource.ATTRIBUTE) {
            return new Facts(
                    true,
                    Boolean.parseBoolean(userAttribute.apply(supplierAttribute)),
                    Boolean.parseBoolean(userAttribute.apply(prequalifiedAttribute)));
        }
        return crmFacts(customerCode.get(), customers.get());
    }

    private static Facts crmFacts(CustomerCode customerCode, Customers customers) {
        // the CRM, not the imported copy, says whether the supplier is prequalified today
        Optional<CustomerRecord> record = customers.findByCustomerCode(customerCode);
        return record.map(customer -> new Facts(true, customer.supplier(), customer.prequalified()))
                .orElse(Facts.NOT_A_CUSTOMER);
    }
}
