package it.sportello.keycloak.broker;

import it.sportello.keycloak.claim.ClaimNotices;
import it.sportello.keycloak.claim.ClaimReservations;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.crm.PrequalificationGate;
import it.sportello.keycloak.prequalification.PrequalificationPage;
import it.sportello.keycloak.taxid.TaxId;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.broker.util.ExistingUserInfo;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.models.credential.PasswordCredentialModel;

/**
 * What the broker link step does with the one customer file of the holder: the prequalification gate, then either
 * the summary (no portal access yet) or Keycloak's own confirmation of an existing account, and the link itself.
 */
final class BrokerLinking {

    /** The customer code whose summary this authentication session showed; checked against the tax ID again. */
    static final String CUSTOMER_NOTE = "sportello.broker.customer";

    static final String NOTICE_SUBJECT = "sportelloBrokerLinkedSubject";
    static final String NOTICE_TEMPLATE = "sportello-broker-linked.ftl";

    private BrokerLinking() {}

    static boolean hasTaxId(CustomerRecord customer, TaxId taxId) {
        return TaxId.parse(customer.taxId()).taxId().filter(taxId::equals).isPresent();
    }

    /** The holder's customer file is known: gate, then summary or hand-over to Keycloak's confirmation steps. */
    static void decide(AuthenticationFlowContext context, CustomerDirectory directory, CustomerRecord customer) {
        UserModel user = account(context, directory, customer);
        if (user == null) {
            return;
        }
        if (claimed(context, directory, customer, user)) {
            existing(context, user);
            return;
        }
        context.getEvent().detail(BrokerLinkEvents.ACCOUNT, "unclaimed");
        context.getAuthenticationSession().setAuthNote(CUSTOMER_NOTE, customer.customerCode());
        context.challenge(BrokerLinkPages.confirm(context, customer));
    }

    /**
     * The holder confirmed the summary: the gate and "no portal access yet" are asked again, the customer is reserved
     * against a claim completing at the same moment, the email of record informed, and the account becomes the flow's
     * user, which Keycloak links to the brokered identity when the flow ends.
     */
    static void link(AuthenticationFlowContext context, CustomerDirectory directory, CustomerRecord customer) {
        UserModel user = account(context, directory, customer);
        if (user == null) {
            return;
        }
        context.getAuthenticationSession().removeAuthNote(CUSTOMER_NOTE);
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        if (claimed(context, directory, customer, user)
                || !ClaimReservations.reserve(session, realm, customer.customerCode())) {
            // claimed meanwhile (another tab, a claim): the existing-account confirmation, never a silent link
            context.getEvent().detail(BrokerLinkEvents.ACCOUNT, "claimed");
            existing(context, user);
            return;
        }
        String email = customer.email();
        if (email != null && !email.isBlank()) {
            ClaimNotices.send(session, realm, email.strip(), NOTICE_SUBJECT, NOTICE_TEMPLATE);
        }
        context.getEvent().user(user).detail(BrokerLinkEvents.ACCOUNT, "unclaimed");
        context.setUser(user);
        context.success();
    }

    /**
     * The customer's Keycloak account (the CRM federation imports it on this lookup, as the claim does), after the
     * prequalification gate; null when the step answered with a page instead.
     */
    private static UserModel account(
            AuthenticationFlowContext context, CustomerDirectory directory, CustomerRecord customer) {
        if (PrequalificationGate.lifecycle().blocksCustomer(customer.code(), directory.customers())) {
            context.getEvent().error(PrequalificationPage.ERROR_NOT_PREQUALIFIED);
            PrequalificationPage.show(context);
            return null;
        }
        UserModel user = context.getSession().users().getUserByUsername(context.getRealm(), customer.customerCode());
        if (user == null) {
            // the customer left the CRM, or the realm has no CRM federation
            context.getEvent().error(BrokerLinkEvents.ERROR_NO_CUSTOMER);
            context.challenge(BrokerLinkPages.none(context, BrokerLinkMessages.NONE_TEXT));
            return null;
        }
        return user;
    }

    /**
     * Portal access exists already, as the claim counts it (a password, a legacy portal password, a claim in
     * progress), or the account is linked to another identity already: then its owner confirms.
     */
    private static boolean claimed(
            AuthenticationFlowContext context, CustomerDirectory directory, CustomerRecord customer, UserModel user) {
        KeycloakSession session = context.getSession();
        RealmModel realm = context.getRealm();
        return ClaimReservations.isReserved(session, realm, customer.customerCode())
                || user.credentialManager().isConfiguredFor(PasswordCredentialModel.TYPE)
                || directory.customers().legacyPassword(customer.code()).isPresent()
                || session.users()
                        .getFederatedIdentitiesStream(realm, user)
                        .findAny()
                        .isPresent();
    }

    /**
     * Hands the account to Keycloak's own steps that follow this one in the flow: {@code idp-confirm-link} reads this
     * note, then {@code idp-username-password-form} or {@code idp-email-verification} prove the owner.
     */
    private static void existing(AuthenticationFlowContext context, UserModel user) {
        context.getEvent().detail(BrokerLinkEvents.ACCOUNT, "claimed");
        ExistingUserInfo info = new ExistingUserInfo(user.getId(), UserModel.USERNAME, user.getUsername());
        context.getAuthenticationSession().setAuthNote(AbstractIdpAuthenticator.EXISTING_USER_INFO, info.serialize());
        context.attempted();
    }
}
