package it.sportello.it;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * A second realm of the same Keycloak acting as the national identity provider (OpenID Connect here): a confidential
 * client for the customer realm's broker, and one person per journey whose {@code fiscalNumber} user attribute the
 * ID token carries as SPID does ({@code TINIT-<codice fiscale>}). Created once per server through the admin API, so
 * that a refusal names its reason.
 */
final class NationalIdRealm {

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

    private NationalIdRealm() {}

    /** The realm, created on first use. */
    static RealmResource ensure(Keycloak admin) {
        if (admin.realms().findAll().stream().noneMatch(r -> NAME.equals(r.getRealm()))) {
            create(admin);
        }
        return admin.realm(NAME);
    }

    private static void create(Keycloak admin) {
        RealmRepresentation realm = new RealmRepresentation();
        realm.setRealm(NAME);
        realm.setEnabled(true);
        try {
            admin.realms().create(realm);
            RealmResource created = admin.realm(NAME);
            UPConfig profile = created.users().userProfile().getConfiguration();
            profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ENABLED);
            created.users().userProfile().update(profile);
            created.clients().create(client()).close();
            person(created, UNCLAIMED, UNCLAIMED_TAX_ID);
            person(created, CLAIMED, CLAIMED_TAX_ID);
            person(created, SEVERAL, SEVERAL_TAX_ID);
            person(created, NONE, NONE_TAX_ID);
        } catch (WebApplicationException refused) {
            throw new AssertionError(
                    "national-id realm refused: " + refused.getResponse().readEntity(String.class), refused);
        }
    }

    private static ClientRepresentation client() {
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
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(CLIENT);
        client.setSecret(CLIENT_SECRET);
        client.setPublicClient(false);
        client.setStandardFlowEnabled(true);
        client.setRedirectUris(List.of("*"));
        client.setProtocolMappers(List.of(fiscalNumber));
        return client;
    }

    private static void person(RealmResource realm, String username, String taxId) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setFirstName("Persona");
        user.setLastName(username);
        user.setEmail(username + "@national-id.example");
        user.setEmailVerified(true);
        user.setAttributes(Map.of("fiscalNumber", List.of("TINIT-" + taxId)));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        realm.users().create(user).close();
    }
}
