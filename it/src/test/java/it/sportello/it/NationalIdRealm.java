package it.sportello.it;

import java.util.Map;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.testframework.realm.ClientBuilder;
import org.keycloak.testframework.realm.RealmBuilder;
import org.keycloak.testframework.realm.RealmConfig;
import org.keycloak.testframework.realm.UserBuilder;

/**
 * A second realm of the same Keycloak acting as the national identity provider (OpenID Connect here): a confidential
 * client for the customer realm's broker, and one person per journey whose {@code fiscalNumber} user attribute the
 * ID token carries as SPID does ({@code TINIT-<codice fiscale>}).
 */
public final class NationalIdRealm implements RealmConfig {

    static final String NAME = "national-id";
    static final String CLIENT = "sportello-broker";
    static final String CLIENT_SECRET = "it-suite-broker-secret-0123456789";
    static final String PASSWORD = "National-Id-2026";

    /** Matches the unclaimed CRM customer B9001 the test adds. */
    static final String UNCLAIMED = "brk-unclaimed";

    static final String UNCLAIMED_TAX_ID = "BRKMRA80A01H501B";
    /** Matches C0001 Mario Rossi of the demo CRM, who has a legacy portal password. */
    static final String CLAIMED = "brk-claimed";

    static final String CLAIMED_TAX_ID = "RSSMRA85T10A562S";
    /** Matches B9002 and B9003 the test adds. */
    static final String SEVERAL = "brk-several";

    static final String SEVERAL_TAX_ID = "BRKLCU82B42F205E";
    /** Matches no CRM customer. */
    static final String NONE = "brk-none";

    static final String NONE_TAX_ID = "BRKNNA75C03L219U";

    @Override
    public RealmBuilder configure(RealmBuilder realm) {
        ProtocolMapperRepresentation fiscalNumber = new ProtocolMapperRepresentation();
        fiscalNumber.setName("fiscalNumber");
        fiscalNumber.setProtocol("openid-connect");
        fiscalNumber.setProtocolMapper("oidc-usermodel-attribute-mapper");
        fiscalNumber.setConfig(Map.of(
                "user.attribute", "fiscalNumber",
                "claim.name", "fiscalNumber",
                "jsonType.label", "String",
                "id.token.claim", "true",
                "access.token.claim", "true",
                "userinfo.token.claim", "true"));
        return realm.name(NAME)
                .clients(ClientBuilder.create(CLIENT)
                        .secret(CLIENT_SECRET)
                        .redirectUris("*")
                        .protocolMappers(fiscalNumber))
                .users(
                        person(UNCLAIMED, UNCLAIMED_TAX_ID),
                        person(CLAIMED, CLAIMED_TAX_ID),
                        person(SEVERAL, SEVERAL_TAX_ID),
                        person(NONE, NONE_TAX_ID));
    }

    private static UserBuilder person(String username, String taxId) {
        return UserBuilder.create(username)
                .name("Persona", username)
                .email(username + "@national-id.example")
                .emailVerified(true)
                .password(PASSWORD)
                .attribute("fiscalNumber", "TINIT-" + taxId);
    }
}
