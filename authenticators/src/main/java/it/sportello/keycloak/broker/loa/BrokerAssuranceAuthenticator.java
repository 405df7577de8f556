package it.sportello.keycloak.broker.loa;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.OptionalInt;
import org.jboss.logging.Logger;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.AuthenticationFlowError;
import org.keycloak.authentication.AuthenticationFlowException;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.authenticators.broker.AbstractIdpAuthenticator;
import org.keycloak.authentication.authenticators.broker.util.PostBrokerLoginConstants;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.authentication.authenticators.util.AcrStore;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.events.EventBuilder;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.sessions.AuthenticationSessionModel;

/**
 * Post-broker-login step (also usable at the end of a first-broker-login flow): takes the level of assurance the
 * identity provider stated (SPID/CIE {@code AuthnContextClassRef}, OpenID Connect {@code acr}), maps it to Keycloak's
 * LoA number and records it through {@link AcrStore}, so that the token's {@code acr} claim and Keycloak's step-up
 * checks see it. When the client asked for a higher level (its minimum or default ACR, or {@code acr_values}), the
 * sign-in stops here with a page saying so, and no session is made for the client.
 */
final class BrokerAssuranceAuthenticator implements Authenticator {

    static final String EVENT_TOO_LOW = "sportello_assurance_too_low";
    static final String EVENT_MISCONFIGURED = "sportello_assurance_misconfigured";
    static final String DETAIL_GIVEN = "assurance_given";
    static final String DETAIL_REQUIRED = "assurance_required";
    static final String DETAIL_REFERENCE = "assurance_reference";

    private static final Logger LOG = Logger.getLogger(BrokerAssuranceAuthenticator.class);

    @Override
    public void authenticate(AuthenticationFlowContext context) {
        BrokerAssuranceConfig config = new BrokerAssuranceConfig(context.getAuthenticatorConfig());
        AssuranceLevels levels;
        try {
            levels = config.levels();
        } catch (IllegalArgumentException e) {
            // fail closed: a bad map must not let every level through, nor silently drop to the defaults
            LOG.errorf("Step %s: %s", BrokerAssuranceAuthenticatorFactory.PROVIDER_ID, e.getMessage());
            context.getEvent().clone().error(EVENT_MISCONFIGURED);
            context.failure(
                    AuthenticationFlowError.INTERNAL_ERROR, errorPage(context, BrokerAssuranceMessages.MISCONFIGURED));
            return;
        }
        AuthenticationSessionModel authSession = context.getAuthenticationSession();
        Optional<String> reference = BrokeredAssurance.reference(brokeredContext(context.getSession(), authSession));
        OptionalInt level = reference.map(levels::levelOf).orElse(OptionalInt.empty());
        AcrStore acrStore = new AcrStore(context.getSession(), authSession);
        int required = acrStore.getRequestedLevelOfAuthentication(context.getTopLevelFlow());
        int given = level.orElse(Constants.NO_LOA);
        if (given < required) {
            refuse(context, reference, given, required);
            return;
        }
        if (level.isPresent()) {
            acrStore.setLevelAuthenticated(given);
            // what Keycloak's LoA condition does at the end of a browser flow: later sign-ins of this session
            // (the cookie step) find the level here
            authSession.setUserSessionNote(Constants.LOA_MAP, authSession.getAuthNote(Constants.LOA_MAP));
        }
        reference.ifPresent(value -> authSession.setUserSessionNote(config.sessionNote(), value));
        context.success();
    }

    private static void refuse(AuthenticationFlowContext context, Optional<String> reference, int given, int required) {
        EventBuilder event = context.getEvent()
                .clone()
                .detail(DETAIL_GIVEN, Integer.toString(given))
                .detail(DETAIL_REQUIRED, Integer.toString(required));
        reference.ifPresent(value -> event.detail(DETAIL_REFERENCE, value));
        event.error(EVENT_TOO_LOW);
        // a plain challenge: a level too low is no wrong credential, so brute-force protection must not count it
        context.challenge(errorPage(context, BrokerAssuranceMessages.TOO_LOW));
    }

    private static Response errorPage(AuthenticationFlowContext context, String message) {
        return context.form().setError(message).createErrorPage(Response.Status.FORBIDDEN);
    }

    /** The brokered identity: the post-broker-login note, or the first-broker-login one when placed there. */
    private static BrokeredIdentityContext brokeredContext(
            KeycloakSession session, AuthenticationSessionModel authSession) {
        SerializedBrokeredIdentityContext serialized = SerializedBrokeredIdentityContext.readFromAuthenticationSession(
                authSession, PostBrokerLoginConstants.PBL_BROKERED_IDENTITY_CONTEXT);
        if (serialized == null) {
            serialized = SerializedBrokeredIdentityContext.readFromAuthenticationSession(
                    authSession, AbstractIdpAuthenticator.BROKERED_CONTEXT_NOTE);
        }
        if (serialized == null) {
            throw new AuthenticationFlowException(
                    "Step " + BrokerAssuranceAuthenticatorFactory.PROVIDER_ID + " outside a broker login flow",
                    AuthenticationFlowError.IDENTITY_PROVIDER_ERROR);
        }
        return serialized.deserialize(session, authSession);
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // the refusal page has no form: anything posted to it is answered with the same page
        authenticate(context);
    }

    @Override
    public boolean requiresUser() {
        return false;
    }

    @Override
    public boolean configuredFor(KeycloakSession session, RealmModel realm, UserModel user) {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {}

    @Override
    public void close() {}
}
