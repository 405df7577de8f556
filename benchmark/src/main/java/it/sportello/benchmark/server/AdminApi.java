package it.sportello.benchmark.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Keycloak's admin REST API over plain HTTP, as the bootstrap admin: realm import and run-time detection. */
public final class AdminApi {

    /** The realm of the stock baselines of the mailed journeys (registration, reset). */
    public static final String STOCK_REALM = "bench-stock";

    /** The same stock realm whose reset flow forces a sign-in after the new password (a federated account's default). */
    public static final String STOCK_FORCED_LOGIN_REALM = "bench-stock-forced-login";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newHttpClient();

    public AdminApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Imports the {@code customer-portal} realm file with its SMTP server moved to the benchmark's mail sink and
     * {@code localUsers} local users (the stock baseline) added, and the stock realm of the mailed journeys' baselines.
     */
    public void importRealm(int smtpPort, int localUsers, String userPrefix, String userPassword) throws Exception {
        ObjectNode realm;
        try (InputStream in = AdminApi.class.getResourceAsStream("/demo-realm/customer-portal-realm.json")) {
            if (in == null) {
                throw new IOException("The realm file is not on the classpath (sportello-realm-export)");
            }
            realm = (ObjectNode) JSON.readTree(in);
        }
        ObjectNode smtp = (ObjectNode) realm.path("smtpServer");
        smtp.put("host", "127.0.0.1");
        smtp.put("port", Integer.toString(smtpPort));
        for (JsonNode config : realm.path("authenticatorConfig")) {
            if ("sportello reset choose user".equals(config.path("alias").asText())) {
                // every request of the reset scenario comes from 127.0.0.1: the per-IP limit (20 in 15 minutes)
                // would refuse the run after 20 operations, the proof of work asked after 5 requests cannot be
                // solved by the driver, and the one-mail-per-account interval would send no mail when the pool
                // comes round again; the limits' own cost is left out of the figures, as the stock reset has none
                ObjectNode settings = (ObjectNode) config.path("config");
                settings.put("ipAttemptLimit", "0");
                settings.put("captchaAfterRequests", "0");
                settings.put("accountMailIntervalMinutes", "0");
            }
        }
        addLocalUsers(realm.withArray("users"), localUsers, userPrefix, userPassword);
        create(realm);
        create(stockRealm(realm, localUsers, userPrefix, userPassword));
        create(forcedLoginReset(stockRealm(realm, localUsers, userPrefix, userPassword)));
    }

    /**
     * The stock realm as {@value #STOCK_FORCED_LOGIN_REALM}, its reset flow Keycloak's own three steps with the email
     * step's {@code force-login} set to {@code true}: the reset ends on "account updated" and the user signs in with
     * the new password, as Keycloak's default ({@code only-federated}) makes a CRM customer do.
     */
    private static ObjectNode forcedLoginReset(ObjectNode stock) {
        stock.put("realm", STOCK_FORCED_LOGIN_REALM);
        String flowAlias = "reset credentials forced login";
        stock.put("resetCredentialsFlow", flowAlias);
        stock.putArray("authenticatorConfig")
                .addObject()
                .put("alias", "reset email forced login")
                .putObject("config")
                .put("force-login", "true");
        ObjectNode flow = stock.putArray("authenticationFlows").addObject();
        flow.put("alias", flowAlias)
                .put("providerId", "basic-flow")
                .put("topLevel", true)
                .put("builtIn", false);
        ArrayNode steps = flow.putArray("authenticationExecutions");
        List<String> authenticators =
                List.of("reset-credentials-choose-user", "reset-credential-email", "reset-password");
        for (int i = 0; i < authenticators.size(); i++) {
            ObjectNode step = steps.addObject()
                    .put("authenticator", authenticators.get(i))
                    .put("requirement", "REQUIRED")
                    .put("priority", 10 * (i + 1))
                    .put("authenticatorFlow", false)
                    .put("userSetupAllowed", false);
            if (authenticators.get(i).equals("reset-credential-email")) {
                step.put("authenticatorConfig", "reset email forced login");
            }
        }
        return stock;
    }

    /**
     * The stock baselines' realm {@value #STOCK_REALM}: Keycloak's own flows and login theme, registration with email
     * verification and reset allowed, the same local users, and what changes a password's or a page's cost taken from
     * the Sportello realm (password policy, brute-force detection, locales, mail server).
     */
    private static ObjectNode stockRealm(ObjectNode portal, int localUsers, String userPrefix, String userPassword) {
        ObjectNode stock = JSON.createObjectNode();
        stock.put("realm", STOCK_REALM);
        stock.put("enabled", true);
        stock.put("registrationAllowed", true);
        stock.put("verifyEmail", true);
        stock.put("resetPasswordAllowed", true);
        stock.put("loginWithEmailAllowed", true);
        stock.put("duplicateEmailsAllowed", false);
        for (String copied : List.of(
                "passwordPolicy",
                "bruteForceProtected",
                "internationalizationEnabled",
                "supportedLocales",
                "defaultLocale",
                "smtpServer")) {
            if (portal.has(copied)) {
                stock.set(copied, portal.get(copied).deepCopy());
            }
        }
        ObjectNode client = stock.putArray("clients").addObject();
        client.put("clientId", "portal-web");
        client.put("publicClient", true);
        client.put("standardFlowEnabled", true);
        client.putArray("redirectUris").add("http://localhost:3000/*");
        client.putObject("attributes").put("pkce.code.challenge.method", "S256");
        addLocalUsers(stock.putArray("users"), localUsers, userPrefix, userPassword);
        return stock;
    }

    private static void addLocalUsers(ArrayNode users, int localUsers, String userPrefix, String userPassword) {
        for (int i = 0; i < localUsers; i++) {
            ObjectNode user = users.addObject();
            user.put("username", userPrefix + i);
            user.put("email", userPrefix + i + "@staff.example");
            user.put("emailVerified", true);
            user.put("firstName", "Bench");
            user.put("lastName", "Local " + i);
            user.put("enabled", true);
            ObjectNode credential = user.putArray("credentials").addObject();
            credential.put("type", "password");
            credential.put("value", userPassword);
            credential.put("temporary", false);
        }
    }

    private void create(ObjectNode realm) throws Exception {
        HttpResponse<String> created = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms"))
                        .header("Authorization", "Bearer " + token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(realm)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Realm import answered " + created.statusCode() + ": " + created.body());
        }
    }

    /** Whether the realm has an authentication flow of this alias. */
    public boolean hasFlow(String realm, String alias) throws Exception {
        HttpResponse<String> flows = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + realm + "/authentication/flows"))
                        .header("Authorization", "Bearer " + token())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode flow : JSON.readTree(flows.body())) {
            if (alias.equals(flow.path("alias").asText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sets one setting of the configuration of the first execution of {@code providerId} in the flow {@code flowAlias}
     * (sub-flows included), keeping the others.
     */
    public void setAuthenticatorSetting(String realm, String flowAlias, String providerId, String key, String value)
            throws Exception {
        String authentication = baseUrl + "/admin/realms/" + realm + "/authentication";
        String token = token();
        String configId = null;
        JsonNode executions = JSON.readTree(get(
                authentication + "/flows/"
                        + URLEncoder.encode(flowAlias, StandardCharsets.UTF_8).replace("+", "%20") + "/executions",
                token));
        for (JsonNode execution : executions) {
            if (providerId.equals(execution.path("providerId").asText())) {
                configId = execution.path("authenticationConfig").asText(null);
                break;
            }
        }
        if (configId == null) {
            throw new IllegalStateException("No configured " + providerId + " in flow " + flowAlias);
        }
        ObjectNode config = (ObjectNode) JSON.readTree(get(authentication + "/config/" + configId, token));
        config.with("config").put(key, value);
        HttpResponse<String> updated = http.send(
                HttpRequest.newBuilder(URI.create(authentication + "/config/" + configId))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(config)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (updated.statusCode() != 204) {
            throw new IllegalStateException(
                    "Authenticator config update answered " + updated.statusCode() + ": " + updated.body());
        }
    }

    /** The id of the realm's first user-storage component of the provider {@code providerId}. */
    public String userStorageId(String realm, String providerId) throws Exception {
        for (JsonNode component : JSON.readTree(get(
                baseUrl + "/admin/realms/" + realm + "/components?type=org.keycloak.storage.UserStorageProvider",
                token()))) {
            if (providerId.equals(component.path("providerId").asText())) {
                return component.path("id").asText();
            }
        }
        throw new IllegalStateException("No user storage " + providerId + " in realm " + realm);
    }

    /** Empties the realm cache (after a change made in the database behind Keycloak's back). */
    public void clearRealmCache(String realm) throws Exception {
        HttpResponse<String> cleared = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/admin/realms/" + realm + "/clear-realm-cache"))
                        .header("Authorization", "Bearer " + token())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (cleared.statusCode() != 204) {
            throw new IllegalStateException("Realm cache clear answered " + cleared.statusCode());
        }
    }

    /**
     * Runs a user-storage synchronization ({@code triggerFullSync} or {@code triggerChangedUsersSync}) and returns
     * Keycloak's result ({@code added}, {@code updated}, {@code failed}, {@code ignored}); the call lasts the sync.
     */
    public JsonNode syncUsers(String realm, String id, String action) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(
                                baseUrl + "/admin/realms/" + realm + "/user-storage/" + id + "/sync?action=" + action))
                        .header("Authorization", "Bearer " + token())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(action + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private String get(String url, String token) throws Exception {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    /** The status a plain GET gets. */
    public int status(String path) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl + path)).build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private String token() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode("admin", StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/realms/master/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Admin token answered " + answer.statusCode() + ": " + answer.body());
        }
        return JSON.readTree(answer.body()).path("access_token").asText();
    }
}
