package it.sportello.keycloak.broker;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.flow.NoUserAuthenticator;
import it.sportello.keycloak.taxid.TaxId;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Optional;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.AuthenticationFlowException;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.models.utils.FormMessage;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * The CRM-aware step of the first broker login flow: after an identity provider (SPID, CIE, any broker asserting the
 * tax ID) authenticated the holder, finds the CRM customer files of the asserted tax ID and links the brokered identity
 * to the right customer account. Exactly one unclaimed file: the claim's summary, then the link on confirmation (no
 * invoice proof: the provider proved the holder). A file with portal access: handed to Keycloak's own confirmation
 * steps after this one ({@code idp-confirm-link}, then re-authentication or email verification), never linked
 * silently. Several files: the customer code chooses. None, or no usable tax ID: a page with the claim's and the
 * support form's links, nothing created.
 *
 * <p>Only the brokered holder ever sees these pages, and each answer is about their own tax ID; the tax ID and the
 * customer code never reach the log or the events.
 */
final class BrokerLinkAuthenticator extends NoUserAuthenticator {

    private final CustomerDirectory directory;

    BrokerLinkAuthenticator(CustomerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        context.getEvent().detail(BrokerLinkEvents.STEP, "lookup");
        Optional<TaxId> taxId = taxId(context);
        if (taxId.isEmpty()) {
            return;
        }
        List<CustomerRecord> customers = directory.customers().findByTaxId(taxId.get(), 2);
        if (customers.isEmpty()) {
            context.getEvent().detail(BrokerLinkEvents.CUSTOMERS, "none").error(BrokerLinkEvents.ERROR_NO_CUSTOMER);
            context.challenge(BrokerLinkPages.none(context, BrokerLinkMessages.NONE_TEXT));
            return;
        }
        if (customers.size() > 1) {
            context.getEvent().detail(BrokerLinkEvents.CUSTOMERS, "several");
            context.challenge(BrokerLinkPages.choose(context, null));
            return;
        }
        context.getEvent().detail(BrokerLinkEvents.CUSTOMERS, "one");
        BrokerLinking.decide(context, directory, customers.get(0));
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        Optional<TaxId> taxId = taxId(context);
        if (taxId.isEmpty()) {
            return;
        }
        MultivaluedMap<String, String> input = context.getHttpRequest().getDecodedFormParameters();
        if (input.containsKey(BrokerLinkPages.CODE_FIELD)) {
            chosen(context, taxId.get(), input.getFirst(BrokerLinkPages.CODE_FIELD));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Optional<CustomerRecord> customer = Optional.ofNullable(authSession.getAuthNote(BrokerLinking.CUSTOMER_NOTE))
                .flatMap(CustomerCode::stored)
                .flatMap(directory.customers()::findByCustomerCode)
                .filter(found -> BrokerLinking.hasTaxId(found, taxId.get()));
        if (customer.isEmpty()) {
            // no summary was shown in this session (or the CRM changed since): look up again
            authenticate(context);
            return;
        }
        context.getEvent().detail(BrokerLinkEvents.STEP, "confirm");
        if (!input.containsKey("confirm")) {
            authSession.removeAuthNote(BrokerLinking.CUSTOMER_NOTE);
            context.getEvent().error(BrokerLinkEvents.ERROR_NOT_CONFIRMED);
            context.challenge(BrokerLinkPages.none(context, BrokerLinkMessages.NOT_LINKED_TEXT));
            return;
        }
        BrokerLinking.link(context, directory, customer.get());
    }

    /**
     * The code the holder typed on the "several customer files" page: one of the files of the asserted tax ID, or the
     * same field error for anything else (an unknown code and another person's code look alike).
     */
    private void chosen(AuthenticationFlowContext context, TaxId taxId, String typed) {
        context.getEvent().detail(BrokerLinkEvents.STEP, "choose");
        if (typed == null || typed.isBlank()) {
            context.challenge(BrokerLinkPages.choose(
                    context, List.of(new FormMessage(BrokerLinkPages.CODE_FIELD, BrokerLinkMessages.CODE_REQUIRED))));
            return;
        }
        Optional<CustomerRecord> customer = CustomerCode.parse(typed)
                .flatMap(directory.customers()::findByCustomerCode)
                .filter(found -> BrokerLinking.hasTaxId(found, taxId));
        if (customer.isEmpty()) {
            context.getEvent().error(BrokerLinkEvents.ERROR_WRONG_CODE);
            context.failureChallenge(
                    AuthenticationFlowError.INVALID_USER,
                    BrokerLinkPages.choose(
                            context,
                            List.of(new FormMessage(BrokerLinkPages.CODE_FIELD, BrokerLinkMessages.CODE_NOT_YOURS))));
            return;
        }
        BrokerLinking.decide(context, directory, customer.get());
    }

    /** The asserted tax ID; empty once the "no usable tax ID" page was sent. */
    private static Optional<TaxId> taxId(AuthenticationFlowContext context) {
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        SerializedBrokeredIdentityContext brokered = SerializedBrokeredIdentityContext.readFromAuthenticationSession(
                authSession, AbstractIdpAuthenticator.BROKERED_CONTEXT_NOTE);
        if (brokered == null) {
            throw new AuthenticationFlowException(
                    "Broker link step outside a first broker login flow",
                    AuthenticationFlowError.IDENTITY_PROVIDER_ERROR);
        }
        BrokerLinkConfig config = new BrokerLinkConfig(context.getAuthenticatorConfig());
        BrokeredTaxId found =
                BrokeredTaxId.from(List.of(brokered.getAttributes()), config.taxIdAttribute(), config.taxIdPrefix());
        if (found.status() == BrokeredTaxId.Status.MISSING) {
            // no mapper imported it: the raw claims or assertion attributes
            found = BrokeredTaxId.from(
                    BrokeredAttributes.of(context.getSession(), authSession, brokered),
                    config.taxIdAttribute(),
                    config.taxIdPrefix());
        }
        if (found.status() == BrokeredTaxId.Status.FOUND) {
            return Optional.of(found.taxId());
        }
        context.getEvent()
                .error(
                        found.status() == BrokeredTaxId.Status.MISSING
                                ? BrokerLinkEvents.ERROR_NO_TAX_ID
                                : BrokerLinkEvents.ERROR_INVALID_TAX_ID);
        context.challenge(BrokerLinkPages.none(context, BrokerLinkMessages.NO_TAX_ID_TEXT));
        return Optional.empty();
    }
}
