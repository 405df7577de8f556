package it.sportello.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * Another confidential client of the realm (a partner application) with the password grant on and without the
 * portal's audience: its tokens are genuine tokens of the realm that the portal API must refuse. Removed on close.
 */
public final class PartnerClient implements AutoCloseable {

    private static final String SECRET = "partner-secret";

    private final ManagedRealm realm;
    private final String clientId = "partner-app-" + UUID.randomUUID();
    private final String id;

    public PartnerClient(ManagedRealm realm) {
        this.realm = realm;
        ClientRepresentation partner = new ClientRepresentation();
        partner.setClientId(clientId);
        partner.setSecret(SECRET);
        partner.setPublicClient(false);
        partner.setStandardFlowEnabled(false);
        partner.setDirectAccessGrantsEnabled(true);
        realm.admin().clients().create(partner).close();
        this.id = realm.admin().clients().findByClientId(clientId).get(0).getId();
    }

    /** An access token of this client for the user, by the password grant. */
    public String token(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(tokenRequest(username, password), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PortalClient.json(response).get("access_token").asText();
    }

    /** The password grant request of this client for the user, to send as often as a test likes. */
    public HttpRequest tokenRequest(String username, String password) {
        String form = "grant_type=password&scope=openid&client_id=" + encode(clientId) + "&client_secret="
                + encode(SECRET) + "&username=" + encode(username) + "&password=" + encode(password);
        return HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
    }

    @Override
    public void close() {
        realm.admin().clients().get(id).remove();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
