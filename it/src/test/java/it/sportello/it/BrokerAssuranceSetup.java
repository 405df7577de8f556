package it.sportello.it;

import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticationFlowRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * The two realms of {@link BrokerAssuranceIT}, set up once through the admin API: the national identity provider
 * (a client for the broker, two persons with their SPID level) and, in the customers' realm, the OpenID Connect
 * identity provider with the assurance step in its post-broker-login flow and a client that requires level 2. These
 * client settings are the ones docs/spid-assurance.md tells an operator to set.
 */
final class BrokerAssuranceSetup {

    static final String NATIONAL_ID = "national-id";
    static final String CUSTOMERS = "assurance";
    static final String IDP_ALIAS = "national-id";
    static final String CLIENT = "assurance-portal";
    static final String SPID_L1 = "https://www.spid.gov.it/SpidL1";
    static final String SPID_L2 = "https://www.spid.gov.it/SpidL2";
    static final String LEVEL_ONE_USER = "rossi-l1";
    static final String LEVEL_TWO_USER = "bianchi-l2";
    static final String PASSWORD = "Spid-Prova-2026";
    static final String SESSION_NOTE_CLAIM = "idp_acr";

    private static final String BROKER_CLIENT = "sportello-broker";
    private static final String BROKER_SECRET = "it-suite-broker-secret-0123456789";
    private static final String LEVEL_ATTRIBUTE = "spidLevel";
    private static final String FLOW = "sportello assurance post broker";

    private final ManagedRealm nationalId;
    private final ManagedRealm customers;

    BrokerAssuranceSetup(ManagedRealm nationalId, ManagedRealm customers) {
        this.nationalId = nationalId;
        this.customers = customers;
    }

    /** Sets both realms up unless a previous test of the class did. */
    void ensure() {
        if (!customers.admin().identityProviders().findAll().isEmpty()) {
            return;
        }
        nationalIdentityProvider(nationalId.admin());
        RealmResource realm = customers.admin();
        postBrokerFlow(realm);
        realm.identityProviders().create(identityProvider()).close();
        created(realm.clients().create(client()));
    }

    private void nationalIdentityProvider(RealmResource realm) {
        UPConfig profile = realm.users().userProfile().getConfiguration();
        profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ENABLED);
        realm.users().userProfile().update(profile);
        ClientRepresentation broker = new ClientRepresentation();
        broker.setClientId(BROKER_CLIENT);
        broker.setSecret(BROKER_SECRET);
        broker.setPublicClient(false);
        broker.setStandardFlowEnabled(true);
        broker.setRedirectUris(List.of(customers.getBaseUrl() + "/broker/" + IDP_ALIAS + "/endpoint"));
        broker.setProtocolMappers(List.of(mapper(
                "oidc-usermodel-attribute-mapper",
                Map.of("user.attribute", LEVEL_ATTRIBUTE, "claim.name", "acr", "jsonType.label", "String"))));
        String id = created(realm.clients().create(broker));
        // the realm's own acr mapper would state how the person signed in here; the person's SPID level stands in
        ClientResource client = realm.clients().get(id);
        client.getDefaultClientScopes().stream()
                .filter(scope -> "acr".equals(scope.getName()))
                .map(ClientScopeRepresentation::getId)
                .forEach(client::removeDefaultClientScope);
        created(realm.users().create(person(LEVEL_ONE_USER, "Mario", "Rossi", SPID_L1)));
        created(realm.users().create(person(LEVEL_TWO_USER, "Anna", "Bianchi", SPID_L2)));
    }

    private static void postBrokerFlow(RealmResource realm) {
        AuthenticationFlowRepresentation flow = new AuthenticationFlowRepresentation();
        flow.setAlias(FLOW);
        flow.setProviderId("basic-flow");
        flow.setTopLevel(true);
        flow.setBuiltIn(false);
        realm.flows().createFlow(flow).close();
        realm.flows().addExecution(FLOW, Map.of("provider", "sportello-broker-assurance"));
        AuthenticationExecutionInfoRepresentation step =
                realm.flows().getExecutions(FLOW).get(0);
        step.setRequirement("REQUIRED");
        realm.flows().updateExecutions(FLOW, step);
    }

    private IdentityProviderRepresentation identityProvider() {
        String issuer = nationalId.getBaseUrl();
        IdentityProviderRepresentation idp = new IdentityProviderRepresentation();
        idp.setAlias(IDP_ALIAS);
        idp.setProviderId("oidc");
        idp.setEnabled(true);
        idp.setTrustEmail(true);
        idp.setPostBrokerLoginFlowAlias(FLOW);
        Map<String, String> config = new HashMap<>();
        config.put("clientId", BROKER_CLIENT);
        config.put("clientSecret", BROKER_SECRET);
        config.put("clientAuthMethod", "client_secret_post");
        config.put("issuer", issuer);
        config.put("authorizationUrl", issuer + "/protocol/openid-connect/auth");
        config.put("tokenUrl", issuer + "/protocol/openid-connect/token");
        config.put("jwksUrl", issuer + "/protocol/openid-connect/certs");
        config.put("useJwksUrl", "true");
        config.put("validateSignature", "true");
        config.put("defaultScope", "openid");
        config.put("syncMode", "IMPORT");
        idp.setConfig(config);
        return idp;
    }

    /** The portal client of the test: requires SPID level 2 (Keycloak's ACR to LoA map, minimum and default ACR). */
    private static ClientRepresentation client() {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(CLIENT);
        client.setPublicClient(true);
        client.setStandardFlowEnabled(true);
        client.setRedirectUris(List.of("http://localhost:3000/*"));
        client.setAttributes(Map.of(
                "pkce.code.challenge.method",
                "S256",
                "acr.loa.map",
                "{\"" + SPID_L1 + "\":1,\"" + SPID_L2 + "\":2,\"https://www.spid.gov.it/SpidL3\":3}",
                "minimum.acr.value",
                SPID_L2,
                "default.acr.values",
                SPID_L2));
        client.setProtocolMappers(List.of(mapper(
                "oidc-usersessionmodel-note-mapper",
                Map.of("user.session.note", "sportello.broker.acr", "claim.name", SESSION_NOTE_CLAIM))));
        return client;
    }

    private static ProtocolMapperRepresentation mapper(String type, Map<String, String> config) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName(type);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        Map<String, String> all = new HashMap<>(config);
        all.put("id.token.claim", "true");
        all.put("access.token.claim", "true");
        mapper.setConfig(all);
        return mapper;
    }

    private static UserRepresentation person(String username, String firstName, String lastName, String level) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(username + "@spid.example");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setAttributes(Map.of(LEVEL_ATTRIBUTE, List.of(level)));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        return user;
    }

    private static String created(Response response) {
        try (response) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException(
                        "admin API answered " + response.getStatus() + ": " + response.readEntity(String.class));
            }
            String location = response.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }
}
