package it.sportello.keycloak.recovery;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.crm.Customers;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The supplier prequalification gate of the reset page: only suppliers that completed prequalification have an active
 * portal account, so the others get no reset link (and the same answer as everyone else). Which accounts it applies to
 * and where the flags are read are settings of the choose-user step.
 */
final class PrequalificationGate {

    /** What the gate needs to know about an account. */
    record Facts(boolean crmCustomer, boolean supplier, boolean prequalified) {

        static final Facts NOT_A_CUSTOMER = new Facts(false, false, false);
    }

    private final PrequalificationScope scope;
    private final PrequalificationSource source;
    private final String supplierAttribute;
    private final String prequalifiedAttribute;

    PrequalificationGate(ResetChooseUserConfig config) {
        this.scope = config.gate();
        this.source = config.source();
        this.supplierAttribute = config.supplierAttribute();
        this.prequalifiedAttribute = config.prequalifiedAttribute();
    }

    /**
     * Whether the account gets no reset link. The CRM is asked only when the gate is on and reads from it.
     *
     * @param customerCode the account's customer code ({@code CrmCustomers.customerCode}); empty for a local account
     * @param userAttribute the account's first value of a user attribute, or null ({@code user::getFirstAttribute})
     * @param customers the CRM, looked up lazily
     */
    boolean blocks(
            Optional<CustomerCode> customerCode,
            Function<String, String> userAttribute,
            Supplier<Customers> customers) {
        if (scope == PrequalificationScope.NONE) {
            return false;
        }
        return blocks(scope, facts(customerCode, userAttribute, customers));
    }

    static boolean blocks(PrequalificationScope scope, Facts facts) {
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
        // the CRM, not the imported copy, says whether the supplier is prequalified today
        Optional<CustomerRecord> record = customers.get().findByCustomerCode(customerCode.get());
        return record.map(customer -> new Facts(true, customer.supplier(), customer.prequalified()))
                .orElse(Facts.NOT_A_CUSTOMER);
    }
}
