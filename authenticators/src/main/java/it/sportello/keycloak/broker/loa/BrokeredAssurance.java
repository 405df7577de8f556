package it.sportello.keycloak.broker.loa;

import java.util.Optional;
import org.keycloak.broker.oidc.OIDCIdentityProvider;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.broker.saml.SAMLEndpoint;
import org.keycloak.dom.saml.v2.assertion.AssertionType;
import org.keycloak.dom.saml.v2.assertion.AuthnContextClassRefType;
import org.keycloak.dom.saml.v2.assertion.AuthnContextType;
import org.keycloak.dom.saml.v2.assertion.AuthnStatementType;
import org.keycloak.representations.IDToken;
import org.keycloak.representations.JsonWebToken;

/**
 * The authentication context the identity provider stated for this sign-in, read from what Keycloak's own brokers
 * verified and kept in the brokered context: the SAML assertion's {@code AuthnContextClassRef} (signature and
 * conditions checked by the SAML broker) or the validated ID token's {@code acr} claim (OpenID Connect broker).
 */
final class BrokeredAssurance {

    static final String ACR = "acr";

    private BrokeredAssurance() {}

    static Optional<String> reference(BrokeredIdentityContext context) {
        Object statement = context.getContextData().get(SAMLEndpoint.SAML_AUTHN_STATEMENT);
        if (statement instanceof AuthnStatementType authn) {
            return classRef(authn);
        }
        Object assertion = context.getContextData().get(SAMLEndpoint.SAML_ASSERTION);
        if (assertion instanceof AssertionType saml) {
            return saml.getStatements().stream()
                    .filter(AuthnStatementType.class::isInstance)
                    .map(AuthnStatementType.class::cast)
                    .findFirst()
                    .flatMap(BrokeredAssurance::classRef);
        }
        Object idToken = context.getContextData().get(OIDCIdentityProvider.VALIDATED_ID_TOKEN);
        if (idToken instanceof JsonWebToken token) {
            return acr(token);
        }
        return Optional.empty();
    }

    static Optional<String> classRef(AuthnStatementType statement) {
        AuthnContextType authnContext = statement.getAuthnContext();
        if (authnContext == null || authnContext.getSequence() == null) {
            return Optional.empty();
        }
        AuthnContextClassRefType classRef = authnContext.getSequence().getClassRef();
        return classRef == null || classRef.getValue() == null
                ? Optional.empty()
                : Optional.of(classRef.getValue().toString());
    }

    static Optional<String> acr(JsonWebToken token) {
        Object acr = token instanceof IDToken id && id.getAcr() != null
                ? id.getAcr()
                : token.getOtherClaims().get(ACR);
        return acr instanceof String value && !value.isBlank() ? Optional.of(value) : Optional.empty();
    }
}
