package it.sportello.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import dasniko.testcontainers.keycloak.KeycloakContainer;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.info.ServerInfoRepresentation;
import org.keycloak.representations.info.SpiInfoRepresentation;
import org.keycloak.representations.info.ThemeInfoRepresentation;
import org.testcontainers.DockerClientFactory;

/**
 * Sportello on the official Keycloak image, as an operator's container platform runs it: the provider jars this build
 * produced, the customer-portal realm imported at start, and the CRM on an embedded H2 file inside the container
 * filled by Sportello's demo changelog. Part of the build only with {@code -Ptestcontainers}; where no Docker engine
 * is reachable the class is reported as skipped with the reason, never as passed.
 */
class SportelloContainerIT {

    static final String NO_DOCKER = "No Docker engine: Testcontainers found none to run quay.io/keycloak/keycloak on"
            + " (see its log above; DOCKER_HOST or a local docker.sock is needed), so SportelloContainerIT is skipped";

    private static final String REALM = "customer-portal";
    private static final String REALM_FILE = "/demo-realm/customer-portal-realm.json";

    private static boolean docker;
    private static KeycloakContainer keycloak;

    @BeforeAll
    static void startKeycloak() {
        // Checked first, Docker or not: a broken build must fail here, not hide behind a skip.
        List<File> providers = providerJars();
        assertThat(SportelloContainerIT.class.getResource(REALM_FILE))
                .as("realm file on the classpath")
                .isNotNull();

        docker = DockerClientFactory.instance().isDockerAvailable();
        if (!docker) {
            System.out.println("[SKIPPED] " + NO_DOCKER);
            return;
        }
        keycloak = new KeycloakContainer("quay.io/keycloak/keycloak:" + keycloakVersion())
                .withProviderLibsFrom(providers)
                .withRealmImportFile(REALM_FILE)
                // the additional datasource `crm` that sportello-user-storage requires, here an H2 file
                .withEnv("KC_DB_KIND_CRM", "dev-file")
                .withEnv("KC_DB_URL_FULL_CRM", "jdbc:h2:file:/opt/keycloak/data/crm/crm;NON_KEYWORDS=VALUE,YEAR,MONTH")
                .withEnv("KC_DB_USERNAME_CRM", "sa")
                .withEnv("KC_DB_PASSWORD_CRM", "sa")
                .withEnv("KC_TRANSACTION_XA_ENABLED_CRM", "true")
                .withCustomCommand("--spi-customer-directory--jpa--demo-data=true");
        keycloak.start();
    }

    /** Per test, so that the report counts every test as skipped, with the reason (not an empty, green class). */
    @BeforeEach
    void requireDockerEngine() {
        Assumptions.assumeTrue(docker, NO_DOCKER);
    }

    @AfterAll
    static void stopKeycloak() {
        if (keycloak != null) {
            keycloak.stop();
        }
    }

    @Test
    void realmPublishesItsOpenIdDiscoveryDocument() throws Exception {
        String base = keycloak.getAuthServerUrl().replaceAll("/+$", "");
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(base + "/realms/" + REALM + "/.well-known/openid-configuration"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"issuer\":\"" + base + "/realms/" + REALM + "\"")
                .contains(
                        "\"authorization_endpoint\":\"" + base + "/realms/" + REALM + "/protocol/openid-connect/auth\"")
                .contains("\"S256\"");
    }

    @Test
    void serverInfoListsEverySportelloProviderAndTheme() {
        ServerInfoRepresentation info =
                keycloak.getKeycloakAdminClient().serverInfo().getInfo();
        Map<String, SpiInfoRepresentation> spis = info.getProviders();

        assertThat(spis.get("storage").getProviders()).containsKey("sportello-crm");
        assertThat(spis.get("customer-directory").getProviders()).containsKey("jpa");
        assertThat(spis.get("authenticator").getProviders())
                .containsKeys(
                        "sportello-claim-verify",
                        "sportello-claim-confirm",
                        "sportello-claim-complete",
                        "sportello-username-password-form");
        assertThat(spis.get("credential").getProviders()).containsKey("sportello-security-question");
        assertThat(spis.get("required-action").getProviders()).containsKey("sportello-security-question");
        assertThat(spis.get("validator").getProviders())
                .containsKeys("sportello-codice-fiscale", "sportello-partita-iva", "sportello-tax-id");
        assertThat(info.getThemes().get("login"))
                .extracting(ThemeInfoRepresentation::getName)
                .contains("sportello");
    }

    /** The jars the pom copied into target/providers: all four Sportello provider jars, or the test fails. */
    private static List<File> providerJars() {
        String folder = System.getProperty("sportello.providers.dir");
        assertThat(folder).as("sportello.providers.dir (set by the pom)").isNotBlank();
        File[] jars = new File(folder).listFiles((dir, name) -> name.endsWith(".jar"));
        assertThat(jars).as("provider jars in %s", folder).isNotNull();
        assertThat(jars)
                .extracting(File::getName)
                .containsExactlyInAnyOrder(
                        "sportello-user-storage.jar",
                        "sportello-authenticators.jar",
                        "sportello-portal.jar",
                        "sportello-themes.jar");
        return Arrays.asList(jars);
    }

    private static String keycloakVersion() {
        String version = System.getProperty("keycloak.version");
        assertThat(version).as("keycloak.version (set by the pom)").isNotBlank();
        return version;
    }
}
