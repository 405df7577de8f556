package it.sportello.keycloak.broker;

import it.sportello.keycloak.claim.ClaimMasks;
import it.sportello.keycloak.crm.CustomerKind;
import it.sportello.keycloak.crm.CustomerRecord;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.models.utils.FormMessage;

/**
 * The broker link step's pages. Only the brokered holder reaches them (the identity provider authenticated them
 * first), and each tells them facts about their own tax ID only: the customer file it matches (with the claim's
 * masks), that it matches several, or none.
 */
final class BrokerLinkPages {

    static final String CONFIRM_TEMPLATE = "sportello-broker-confirm.ftl";
    static final String CHOOSE_TEMPLATE = "sportello-broker-choose.ftl";
    static final String NONE_TEMPLATE = "sportello-broker-none.ftl";
    static final String CODE_FIELD = "customerCode";

    private BrokerLinkPages() {}

    /**
     * The claim's summary: code, name or company, and the supply address masked as after the claim's proof of
     * possession (the identity provider proved the holder); where the notice of the link goes, masked.
     */
    static Response confirm(AuthenticationFlowContext context, CustomerRecord customer) {
        return context.form()
                .setAttribute("claimCustomerCode", customer.customerCode())
                .setAttribute("claimCustomerName", customer.displayName())
                .setAttribute("claimCompany", customer.kind() == CustomerKind.COMPANY)
                .setAttribute("claimAddress", ClaimMasks.address(customer.address()))
                .setAttribute("brokerEmailOfRecord", ClaimMasks.email(blankToNull(customer.email())))
                .createForm(CONFIRM_TEMPLATE);
    }

    /** Several customer files share the holder's tax ID: the customer code (on every bill) tells which one. */
    static Response choose(AuthenticationFlowContext context, List<FormMessage> errors) {
        var form = context.form();
        if (errors != null && !errors.isEmpty()) {
            form.setErrors(errors);
        }
        return form.createForm(CHOOSE_TEMPLATE);
    }

    /** Nothing linked and nothing created: why (one message key), with the claim's and the support form's links. */
    static Response none(AuthenticationFlowContext context, String messageKey) {
        return context.form().setAttribute("brokerNoneText", messageKey).createForm(NONE_TEMPLATE);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
