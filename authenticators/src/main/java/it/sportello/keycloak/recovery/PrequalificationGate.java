package it.sportello.keycloak.recovery;

import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.CustomerRecord;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The supplier prequalification gate of the reset page: only suppliers that completed prequalification have an active
 * portal account, so the others get no reset link (and the same answer as everyone else). Which accounts it applies to
 * and where the flags are read are settings of the choose-user step.
 */
final class PrequalificationGate {

    /** The user attribute the CRM federation stores the customer code in: the mark of a CRM customer. */
    static final String CUSTOMER_CODE_ATTRIBUTE = "customerCode";

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
     * @param userAttribute the account's first value of a user attribute, or null ({@code user::getFirstAttribute})
     * @param directory the CRM, looked up lazily
     */
    boolean blocks(Function<String, String> userAttribute, Supplier<CustomerDirectory> directory) {
        if (scope == PrequalificationScope.NONE) {
            return false;
        }
        return blocks(scope, facts(userAttribute, directory));
    }

    static boolean blocks(PrequalificationScope scope, Facts facts) {
        return switch (scope) {
            case NONE -> false;
            case SUPPLIERS -> facts.crmCustomer() && facts.supplier() && !facts.prequalified();
            case ALL_CRM_CUSTOMERS -> facts.crmCustomer() && !facts.prequalified();
        };
    }

    private Facts facts(Function<String, String> userAttribute, Supplier<CustomerDirectory> directory) {
        String customerCode = userAttribute.apply(CUSTOMER_CODE_ATTRIBUTE);
        if (customerCode == null || customerCode.isBlank()) {
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
        Optional<CustomerRecord> record = directory.get().findByCustomerCode(customerCode.strip());
        return record.map(customer -> new Facts(true, customer.supplier(), customer.prequalified()))
                .orElse(Facts.NOT_A_CUSTOMER);
    }
}
