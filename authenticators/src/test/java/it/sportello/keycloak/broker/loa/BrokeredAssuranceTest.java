package it.sportello.keycloak.broker.loa;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.Test;
import org.keycloak.broker.oidc.OIDCIdentityProvider;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.broker.saml.SAMLEndpoint;
import org.keycloak.dom.saml.v2.assertion.AssertionType;
import org.keycloak.dom.saml.v2.assertion.AuthnContextClassRefType;
import org.keycloak.dom.saml.v2.assertion.AuthnContextType;
import org.keycloak.dom.saml.v2.assertion.AuthnStatementType;
import org.keycloak.models.IdentityProviderModel;
import org.keycloak.representations.IDToken;
import org.keycloak.representations.JsonWebToken;

class BrokeredAssuranceTest {

    private static final String SPID_L2 = "https://www.spid.gov.it/SpidL2";

    @Test
    void samlWhenAuthnStatementThenItsClassRefMapsToLevelTwo() {
        BrokeredIdentityContext context = context();
        context.getContextData().put(SAMLEndpoint.SAML_AUTHN_STATEMENT, statement(SPID_L2));

        assertThat(BrokeredAssurance.reference(context)).hasValue(SPID_L2);
        assertThat(AssuranceLevels.DEFAULTS.levelOf(SPID_L2)).hasValue(2);
    }

    @Test
    void samlWhenOnlyTheAssertionThenTheClassRefOfItsAuthnStatement() throws Exception {
        AssertionType assertion = new AssertionType(
                "id-1", DatatypeFactory.newInstance().newXMLGregorianCalendar("2026-12-08T00:00:00Z"));
        assertion.addStatement(statement("https://www.spid.gov.it/SpidL3"));
        BrokeredIdentityContext context = context();
        context.getContextData().put(SAMLEndpoint.SAML_ASSERTION, assertion);

        assertThat(BrokeredAssurance.reference(context)).hasValue("https://www.spid.gov.it/SpidL3");
    }

    @Test
    void samlWhenAuthnContextWithoutClassRefThenNone() {
        AuthnStatementType statement = new AuthnStatementType(null);
        statement.setAuthnContext(new AuthnContextType());
        BrokeredIdentityContext context = context();
        context.getContextData().put(SAMLEndpoint.SAML_AUTHN_STATEMENT, statement);

        assertThat(BrokeredAssurance.reference(context)).isEmpty();
    }

    @Test
    void oidcWhenValidatedIdTokenCarriesAcrThenItsValue() {
        JsonWebToken token = new JsonWebToken();
        token.getOtherClaims().put("acr", SPID_L2);
        BrokeredIdentityContext context = context();
        context.getContextData().put(OIDCIdentityProvider.VALIDATED_ID_TOKEN, token);

        assertThat(BrokeredAssurance.reference(context)).hasValue(SPID_L2);
    }

    @Test
    void oidcWhenIdTokenTypedThenItsAcrField() {
        IDToken token = new IDToken();
        token.setAcr("https://www.spid.gov.it/SpidL1");
        BrokeredIdentityContext context = context();
        context.getContextData().put(OIDCIdentityProvider.VALIDATED_ID_TOKEN, token);

        assertThat(BrokeredAssurance.reference(context)).hasValue("https://www.spid.gov.it/SpidL1");
    }

    @Test
    void oidcWhenNoAcrOrBlankOrNotAStringThenNone() {
        JsonWebToken blank = new JsonWebToken();
        blank.getOtherClaims().put("acr", " ");
        JsonWebToken number = new JsonWebToken();
        number.getOtherClaims().put("acr", 2);

        assertThat(BrokeredAssurance.acr(new JsonWebToken())).isEmpty();
        assertThat(BrokeredAssurance.acr(blank)).isEmpty();
        assertThat(BrokeredAssurance.acr(number)).isEmpty();
        assertThat(BrokeredAssurance.reference(context())).isEmpty();
    }

    private static AuthnStatementType statement(String classRef) {
        AuthnContextType.AuthnContextTypeSequence sequence = new AuthnContextType.AuthnContextTypeSequence();
        sequence.setClassRef(new AuthnContextClassRefType(URI.create(classRef)));
        AuthnContextType authnContext = new AuthnContextType();
        authnContext.setSequence(sequence);
        AuthnStatementType statement = new AuthnStatementType(null);
        statement.setAuthnContext(authnContext);
        return statement;
    }

    private static BrokeredIdentityContext context() {
        IdentityProviderModel idp = new IdentityProviderModel();
        idp.setAlias("spid");
        idp.setEnabled(true);
        return new BrokeredIdentityContext("subject-1", idp);
    }
}
