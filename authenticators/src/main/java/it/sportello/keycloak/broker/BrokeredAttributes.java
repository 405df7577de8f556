package it.sportello.keycloak.broker;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.keycloak.authentication.authenticators.broker.util.SerializedBrokeredIdentityContext;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.dom.saml.v2.assertion.AssertionType;
import org.keycloak.dom.saml.v2.assertion.AttributeStatementType;
import org.keycloak.dom.saml.v2.assertion.AttributeType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.representations.JsonWebToken;
import org.keycloak.sessions.AuthenticationSessionModel;
import org.keycloak.util.JsonSerialization;

/**
 * Where the brokered holder's attributes are, in the order {@link BrokeredTaxId#from} asks them: first what the
 * identity provider's mappers imported into the brokered context (the configured way: an "Attribute Importer" for
 * SAML, a "Claim to User Attribute" for OIDC), then the raw OIDC claims (ID token, user info) and SAML assertion
 * attributes (name and friendly name), for a provider set up without a mapper.
 */
final class BrokeredAttributes {

    private static final Logger LOG = Logger.getLogger(BrokeredAttributes.class);

    private BrokeredAttributes() {}

    static List<Map<String, ?>> of(
            KeycloakSession session, AuthenticationSessionModel authSession, SerializedBrokeredIdentityContext ctx) {
        List<Map<String, ?>> sources = new ArrayList<>();
        sources.add(ctx.getAttributes());
        try {
            BrokeredIdentityContext broker = ctx.deserialize(session, authSession);
            for (Object data : broker.getContextData().values()) {
                raw(data, sources);
            }
        } catch (RuntimeException unreadable) {
            // only the type: the context holds personal data
            LOG.debugf(
                    "Raw brokered claims not readable (%s)",
                    unreadable.getClass().getSimpleName());
        }
        return sources;
    }

    private static void raw(Object data, List<Map<String, ?>> sources) {
        if (data instanceof JsonWebToken token && token.getOtherClaims() != null) {
            sources.add(token.getOtherClaims());
        } else if (data instanceof JsonNode node && node.isObject()) {
            sources.add(JsonSerialization.mapper.convertValue(node, Map.class));
        } else if (data instanceof AssertionType assertion) {
            sources.add(samlAttributes(assertion));
        }
    }

    /** SAML attributes by name and by friendly name ({@code fiscalNumber} is SPID's name). */
    static Map<String, List<Object>> samlAttributes(AssertionType assertion) {
        Map<String, List<Object>> attributes = new HashMap<>();
        for (AttributeStatementType statement : assertion.getAttributeStatements()) {
            for (AttributeStatementType.ASTChoiceType choice : statement.getAttributes()) {
                AttributeType attribute = choice.getAttribute();
                if (attribute == null) {
                    continue;
                }
                for (String name : new String[] {attribute.getName(), attribute.getFriendlyName()}) {
                    if (name != null) {
                        attributes.computeIfAbsent(name, n -> new ArrayList<>()).addAll(attribute.getAttributeValue());
                    }
                }
            }
        }
        return attributes;
    }
}
