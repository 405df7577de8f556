package it.sportello.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that each check of {@link ComposeCheck} fires: a small compose file and Dockerfile that pass, then one
 * deliberate break at a time. The fixture mounts and copies real paths of this repository.
 */
class ComposeCheckTest {

    private static final String VERSION = "9.8.7";

    private static final String COMPOSE =
            """
            name: fixture
            x-node: &node
              build:
                context: .
                dockerfile: deploy/Dockerfile
              image: sportello-keycloak:9.8.7
              command: [start, --optimized, --import-realm]
              environment:
                KC_DB_URL: jdbc:postgresql://keycloak-db:5432/keycloak
                KC_DB_URL_FULL_CRM: jdbc:postgresql://crm-db:5432/crm
                KC_PROXY_HEADERS: xforwarded
                KC_PROXY_TRUSTED_ADDRESSES: 172.28.0.250/32,10.0.0.0/8
              volumes:
                - ./realm-export/src/main/resources/realm:/opt/keycloak/data/import:ro
              healthcheck:
                test: [CMD, "true"]
            services:
              keycloak:
                <<: *node
                ports: ["127.0.0.1:8080:8080", "127.0.0.1:9000:9000"]
                depends_on:
                  keycloak-db: {condition: service_healthy}
                  crm-db: {condition: service_healthy}
              keycloak-db:
                image: postgres:16.8
                healthcheck: {test: [CMD, pg_isready]}
              crm-db:
                image: postgres:16.8
                command: [postgres, -c, max_prepared_transactions=8]
                volumes: [crm-data:/var/lib/postgresql/data]
                healthcheck: {test: [CMD, pg_isready]}
              mailpit:
                image: axllent/mailpit:v1.28.0
                ports: ["127.0.0.1:8025:8025"]
                healthcheck: {test: [CMD, /mailpit, readyz]}
              setup:
                image: quay.io/keycloak/keycloak:9.8.7
                entrypoint: [/bin/bash, -c]
                command: [echo setup]
                restart: "no"
                depends_on:
                  keycloak: {condition: service_healthy}
              keycloak-2:
                <<: *node
                profiles: [cluster]
                depends_on:
                  keycloak: {condition: service_healthy}
                  keycloak-db: {condition: service_healthy}
                  crm-db: {condition: service_healthy}
              proxy:
                image: nginx:1.27.5
                profiles: [cluster]
                volumes: [./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro]
                networks:
                  default: {ipv4_address: 172.28.0.250}
                ports:
                  - target: 8081
                    published: "8081"
                    host_ip: 127.0.0.1
                healthcheck: {test: [CMD, "true"]}
                depends_on: [keycloak, keycloak-2]
            volumes:
              crm-data:
            """;

    private static final String DOCKERFILE =
            """
            FROM quay.io/keycloak/keycloak:9.8.7 AS builder
            COPY user-storage/target/sportello-user-storage-*.jar /opt/keycloak/providers/
            COPY ["themes/target/sportello-themes-*.jar", "/opt/keycloak/providers/"]
            RUN /opt/keycloak/bin/kc.sh build --db=postgres --db-kind-crm=postgres \\
                    --transaction-xa-enabled-crm=true \\
                    # build-time options only
                    --health-enabled=true --metrics-enabled=true
            FROM quay.io/keycloak/keycloak:9.8.7
            COPY --from=builder /opt/keycloak/ /opt/keycloak/
            """;

    private static final String PROXY_CONFIG =
            """
            upstream nodes {
                server keycloak:8080;
                server keycloak-2:8080 max_fails=3;
            }
            server {
                gzip on;
                gzip_vary on;
                gzip_types text/css application/javascript text/javascript application/json image/svg+xml;
                location / {
                    proxy_pass http://nodes;
                    proxy_set_header   X-Forwarded-For $remote_addr;
                }
            }
            """;

    private static final RepositoryFiles REPOSITORY = RepositoryFiles.fromSystemProperty()
            .withFile("deploy/Dockerfile", DOCKERFILE)
            .withFile("deploy/nginx.conf", PROXY_CONFIG);

    @Test
    void fixturePassesEveryCheck() {
        assertThat(ComposeCheck.problems(COMPOSE, REPOSITORY, VERSION)).isEmpty();
    }

    static Stream<Arguments> brokenComposeFiles() {
        return Stream.of(
                broken("not YAML", "services:\n  keycloak: [unclosed\n", "parse:", "not valid YAML"),
                broken("a duplicated key", COMPOSE.replace("name: fixture\n", "name: a\nname: b\n"), "parse:", ""),
                broken("no services", "name: empty\nservices: {}\n", "parse:", "no services"),
                broken(
                        "a latest tag",
                        replace("image: postgres:16.8\n    healthcheck", "image: postgres:latest\n    healthcheck"),
                        "image:",
                        "postgres:latest"),
                broken(
                        "no tag",
                        replace("image: axllent/mailpit:v1.28.0", "image: axllent/mailpit"),
                        "image:",
                        "axllent/mailpit"),
                broken("a floating tag", replace("image: nginx:1.27.5", "image: nginx:1.27"), "image:", "nginx:1.27"),
                broken(
                        "a tag from a variable",
                        replace("image: nginx:1.27.5", "image: nginx:${NGINX}"),
                        "image:",
                        "variable"),
                broken(
                        "an image outside the allowed list",
                        replace("image: axllent/mailpit:v1.28.0", "image: example/mailsink:1.0.0"),
                        "image:",
                        "example/mailsink:1.0.0"),
                broken(
                        "another Keycloak version for a service",
                        replace("image: quay.io/keycloak/keycloak:9.8.7", "image: quay.io/keycloak/keycloak:9.8.6"),
                        "keycloak version:",
                        "9.8.6"),
                broken(
                        "another Keycloak version for the built image",
                        replace("image: sportello-keycloak:9.8.7", "image: sportello-keycloak:9.8.6"),
                        "keycloak version:",
                        "sportello-keycloak:9.8.6"),
                broken(
                        "a built image under a registry name",
                        replace("image: sportello-keycloak:9.8.7", "image: quay.io/keycloak/keycloak:9.8.7"),
                        "image:",
                        "builds quay.io/keycloak/keycloak:9.8.7"),
                broken(
                        "a service with neither image nor build",
                        replace("    image: axllent/mailpit:v1.28.0\n", ""),
                        "image:",
                        "mailpit"),
                broken(
                        "a missing bind-mount source",
                        replace("./deploy/nginx.conf:", "./deploy/missing.conf:"),
                        "bind mount:",
                        "missing.conf"),
                broken(
                        "a bind mount from outside the repository",
                        replace("./deploy/nginx.conf:", "/etc/nginx/nginx.conf:"),
                        "bind mount:",
                        "outside"),
                broken(
                        "a bind mount from the home folder",
                        replace("./deploy/nginx.conf:", "~/nginx.conf:"),
                        "bind mount:",
                        "outside"),
                broken(
                        "a bind mount of a module that does not exist",
                        replace("./deploy/nginx.conf:", "./nowhere/target/nginx.conf:"),
                        "build output:",
                        "nowhere"),
                broken(
                        "an undeclared named volume",
                        replace("volumes:\n  crm-data:\n", ""),
                        "named volume:",
                        "crm-data"),
                broken(
                        "a missing Dockerfile",
                        replace("dockerfile: deploy/Dockerfile", "dockerfile: deploy/Nope"),
                        "build:",
                        "deploy/Nope"),
                broken(
                        "a dependency on no service",
                        replace("depends_on: [keycloak, keycloak-2]", "depends_on: [keycloak, keycloak-3]"),
                        "depends_on:",
                        "keycloak-3"),
                broken(
                        "a default service waiting for a cluster-only one",
                        replace(
                                "    restart: \"no\"\n    depends_on:\n      keycloak: {",
                                "    restart: \"no\"\n    depends_on:\n      keycloak-2: {"),
                        "depends_on:",
                        "only runs in profiles [cluster]"),
                broken(
                        "an unknown condition",
                        replace(
                                "keycloak-db: {condition: service_healthy}\n      crm-db: {condition: service_healthy}\n  keycloak-db",
                                "keycloak-db: {condition: service_ready}\n      crm-db: {condition: service_healthy}\n  keycloak-db"),
                        "depends_on:",
                        "service_ready"),
                broken(
                        "a node that does not wait for its database",
                        replace(
                                "keycloak-db: {condition: service_healthy}\n      crm-db: {condition: service_healthy}\n  keycloak-db",
                                "crm-db: {condition: service_healthy}\n  keycloak-db"),
                        "depends_on:",
                        "does not wait for its database keycloak-db"),
                broken(
                        "a wait for health of a service without healthcheck",
                        replace("    healthcheck: {test: [CMD, pg_isready]}\n  crm-db", "  crm-db"),
                        "healthcheck:",
                        "keycloak-db has no healthcheck"),
                broken(
                        "a long-running service without healthcheck",
                        replace("    healthcheck: {test: [CMD, /mailpit, readyz]}\n", ""),
                        "healthcheck:",
                        "mailpit has none"),
                broken(
                        "a disabled healthcheck",
                        replace("healthcheck: {test: [CMD, /mailpit, readyz]}", "healthcheck: {disable: true}"),
                        "healthcheck:",
                        "mailpit has none"),
                broken(
                        "a host port published twice",
                        replace("\"127.0.0.1:8025:8025\"", "\"127.0.0.1:8080:8025\""),
                        "ports:",
                        "8080/tcp"),
                broken(
                        "a host port published twice, once in the long syntax",
                        replace("\"127.0.0.1:8025:8025\"", "\"8081:8025\""),
                        "ports:",
                        "8081/tcp"),
                broken(
                        "a port that is not a port",
                        replace("\"127.0.0.1:8025:8025\"", "\"mail:8025\""),
                        "ports:",
                        "mail:8025"),
                broken(
                        "a CRM database without prepared transactions",
                        replace("max_prepared_transactions=8", "max_connections=8"),
                        "crm database:",
                        "max_prepared_transactions > 0"),
                broken(
                        "a CRM database with prepared transactions off",
                        replace("max_prepared_transactions=8", "max_prepared_transactions=0"),
                        "crm database:",
                        "max_prepared_transactions > 0"),
                broken(
                        "a CRM URL naming no service",
                        replace("jdbc:postgresql://crm-db:5432/crm", "jdbc:postgresql://crm.example:5432/crm"),
                        "crm database:",
                        "crm.example"),
                broken(
                        "a node without the CRM datasource",
                        replace("    KC_DB_URL_FULL_CRM: jdbc:postgresql://crm-db:5432/crm\n", ""),
                        "crm database:",
                        "KC_DB_URL_FULL_CRM"),
                broken(
                        "a node that does not import the realm",
                        replace("[start, --optimized, --import-realm]", "[start, --optimized]"),
                        "keycloak node:",
                        "--import-realm"),
                broken(
                        "a node without the realm folder",
                        replace(
                                "- ./realm-export/src/main/resources/realm:/opt/keycloak/data/import:ro",
                                "- ./realm-export/src/main/resources/realm:/opt/keycloak/data/other:ro"),
                        "keycloak node:",
                        "mounts no realm folder"),
                broken(
                        "a realm folder without realm files",
                        replace("./realm-export/src/main/resources/realm:", "./deploy:"),
                        "keycloak node:",
                        "holds no realm file"),
                broken(
                        "a node on the plain Keycloak image",
                        replace(
                                "  keycloak-2:\n    <<: *node\n",
                                "  keycloak-2:\n    <<: *node\n    build: null\n    image: quay.io/keycloak/keycloak:9.8.7\n"),
                        "keycloak node:",
                        "plain Keycloak image"),
                broken(
                        "a cluster of one node",
                        replace(
                                "  keycloak-2:\n    <<: *node\n    profiles: [cluster]\n",
                                "  keycloak-2:\n    <<: *node\n    profiles: [other]\n"),
                        "cluster:",
                        "1 Keycloak node(s)"),
                broken(
                        "no node outside a profile",
                        replace(
                                "  keycloak:\n    <<: *node\n",
                                "  keycloak:\n    <<: *node\n    profiles: [cluster]\n"),
                        "cluster:",
                        "no Keycloak node runs without a profile"),
                broken(
                        "a cluster without a proxy",
                        replace("image: nginx:1.27.5", "image: axllent/mailpit:v1.28.0"),
                        "cluster:",
                        "no reverse proxy"),
                broken(
                        "a proxy that does not wait for a node",
                        replace("depends_on: [keycloak, keycloak-2]", "depends_on: [keycloak]"),
                        "cluster:",
                        "does not wait for node keycloak-2"),
                broken(
                        "a proxy without configuration",
                        replace("    volumes: [./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro]\n", ""),
                        "cluster:",
                        "mounts no configuration file"),
                broken(
                        "proxy headers without trusted addresses",
                        replace("    KC_PROXY_TRUSTED_ADDRESSES: 172.28.0.250/32,10.0.0.0/8\n", ""),
                        "trusted proxies:",
                        "KC_PROXY_TRUSTED_ADDRESSES"),
                broken(
                        "proxy headers trusted from everyone",
                        replace("172.28.0.250/32,10.0.0.0/8", "10.0.0.0/8, 0.0.0.0/0"),
                        "trusted proxies:",
                        "0.0.0.0/0"),
                broken(
                        "trusted addresses that miss the proxy",
                        replace("172.28.0.250/32,10.0.0.0/8", "172.28.0.0/25"),
                        "trusted proxies:",
                        "does not trust the address 172.28.0.250 of proxy proxy"),
                broken(
                        "proxy headers as a command-line option without trusted addresses",
                        replace(
                                        "    KC_PROXY_HEADERS: xforwarded\n    KC_PROXY_TRUSTED_ADDRESSES: 172.28.0.250/32,10.0.0.0/8\n",
                                        "")
                                .replace(
                                        "[start, --optimized, --import-realm]",
                                        "[start, --optimized, --import-realm, --proxy-headers=forwarded]"),
                        "trusted proxies:",
                        "--proxy-trusted-addresses"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenComposeFiles")
    void brokenComposeFileIsReported(String what, String compose, String check, String fragment) {
        assertThat(ComposeCheck.problems(compose, REPOSITORY, VERSION))
                .as(what)
                .anySatisfy(problem -> assertThat(problem).startsWith(check).contains(fragment));
    }

    static Stream<Arguments> brokenDockerfiles() {
        return Stream.of(
                broken(
                        "a latest base image",
                        DOCKERFILE.replace("keycloak:9.8.7 AS", "keycloak:latest AS"),
                        "image:",
                        "keycloak:latest"),
                broken(
                        "another Keycloak version in a stage",
                        DOCKERFILE.replace(
                                "FROM quay.io/keycloak/keycloak:9.8.7\n", "FROM quay.io/keycloak/keycloak:9.9.0\n"),
                        "keycloak version:",
                        "9.9.0"),
                broken(
                        "a base image outside the allowed list",
                        DOCKERFILE.replace(
                                "FROM quay.io/keycloak/keycloak:9.8.7 AS", "FROM eclipse-temurin:17.0.12 AS"),
                        "image:",
                        "eclipse-temurin"),
                broken(
                        "a COPY of a missing file",
                        DOCKERFILE.replace("COPY --from", "COPY deploy/missing.txt /tmp/\nCOPY --from"),
                        "COPY:",
                        "deploy/missing.txt"),
                broken(
                        "a COPY of a module that is not in the reactor",
                        DOCKERFILE.replace("user-storage/target/", "user-store/target/"),
                        "build output:",
                        "user-store"),
                broken(
                        "a COPY of a jar the module does not build",
                        DOCKERFILE.replace("sportello-user-storage-*.jar", "sportello-users-*.jar"),
                        "build output:",
                        "sportello-user-storage-"),
                broken(
                        "a COPY that .dockerignore leaves out",
                        DOCKERFILE.replace("COPY --from", "COPY README.md /tmp/\nCOPY --from"),
                        "COPY:",
                        ".dockerignore"),
                broken(
                        "a COPY from outside the build context",
                        DOCKERFILE.replace("COPY --from", "COPY ../secret /tmp/\nCOPY --from"),
                        "COPY:",
                        "outside the build context"),
                broken(
                        "a download",
                        DOCKERFILE.replace("COPY --from", "ADD https://example.org/x.jar /tmp/\nCOPY --from"),
                        "COPY:",
                        "downloads"),
                broken(
                        "a build without metrics",
                        DOCKERFILE.replace(" --metrics-enabled=true", ""),
                        "keycloak node:",
                        "--metrics-enabled=true"),
                broken(
                        "a build without the XA CRM datasource",
                        DOCKERFILE.replace("--transaction-xa-enabled-crm=true", "--transaction-xa-enabled-crm=false"),
                        "keycloak node:",
                        "--transaction-xa-enabled-crm=true"),
                broken(
                        "no kc.sh build",
                        DOCKERFILE.replaceAll("(?s)RUN .*?metrics-enabled=true\n", ""),
                        "keycloak node:",
                        "never runs kc.sh build"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDockerfiles")
    void brokenDockerfileIsReported(String what, String dockerfile, String check, String fragment) {
        assertThat(dockerfile).as("the break applies").isNotEqualTo(DOCKERFILE);

        assertThat(ComposeCheck.problems(COMPOSE, REPOSITORY.withFile("deploy/Dockerfile", dockerfile), VERSION))
                .as(what)
                .anySatisfy(problem -> assertThat(problem).startsWith(check).contains(fragment));
    }

    @Test
    void proxyThatDoesNotRouteToANodeIsReported() {
        RepositoryFiles oneUpstream =
                REPOSITORY.withFile("deploy/nginx.conf", "upstream nodes { server keycloak:8080; }\n");

        assertThat(ComposeCheck.problems(COMPOSE, oneUpstream, VERSION))
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem).startsWith("cluster:").contains("does not route to node keycloak-2"));
    }

    @Test
    void proxyThatAppendsToForwardedForIsReported() {
        RepositoryFiles appending = REPOSITORY.withFile(
                "deploy/nginx.conf",
                PROXY_CONFIG.replace("X-Forwarded-For $remote_addr", "X-Forwarded-For $proxy_add_x_forwarded_for"));
        RepositoryFiles notSetting = REPOSITORY.withFile(
                "deploy/nginx.conf", PROXY_CONFIG.replace("proxy_set_header   X-Forwarded-For $remote_addr;", ""));

        for (RepositoryFiles broken : java.util.List.of(appending, notSetting)) {
            assertThat(ComposeCheck.problems(COMPOSE, broken, VERSION))
                    .singleElement()
                    .satisfies(problem -> assertThat(problem)
                            .startsWith("trusted proxies:")
                            .contains("X-Forwarded-For to $remote_addr"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uncompressingProxies")
    void proxyThatDoesNotCompressTextAssetsIsReported(String what, String configuration, String fragment) {
        assertThat(configuration).as("the break applies").isNotEqualTo(PROXY_CONFIG);

        assertThat(ComposeCheck.problems(COMPOSE, REPOSITORY.withFile("deploy/nginx.conf", configuration), VERSION))
                .as(what)
                .singleElement()
                .satisfies(problem ->
                        assertThat(problem).startsWith("compression:").contains(fragment));
    }

    static Stream<Arguments> uncompressingProxies() {
        return Stream.of(
                Arguments.of("gzip off", PROXY_CONFIG.replace("gzip on;", "gzip off;"), "[gzip on]"),
                Arguments.of("no Vary", PROXY_CONFIG.replace("    gzip_vary on;\n", ""), "[gzip_vary on]"),
                Arguments.of(
                        "CSS not compressed",
                        PROXY_CONFIG.replace("gzip_types text/css ", "gzip_types "),
                        "[gzip_types text/css]"),
                Arguments.of(
                        "JSON not compressed",
                        PROXY_CONFIG.replace(" application/json", ""),
                        "[gzip_types application/json]"),
                Arguments.of(
                        "no gzip_types",
                        PROXY_CONFIG.replaceAll("(?m)^\\s*gzip_types.*\n", ""),
                        "gzip_types image/svg+xml"));
    }

    @Test
    void ipv4RangesCoverTheirAddressesOnly() {
        assertThat(ComposeCheck.Ipv4.contains("172.28.0.250/32", "172.28.0.250"))
                .isTrue();
        assertThat(ComposeCheck.Ipv4.contains("172.28.0.0/24", "172.28.0.250")).isTrue();
        assertThat(ComposeCheck.Ipv4.contains("172.28.0.0/25", "172.28.0.250")).isFalse();
        assertThat(ComposeCheck.Ipv4.contains("10.0.0.0/8", "172.28.0.250")).isFalse();
        assertThat(ComposeCheck.Ipv4.contains("0.0.0.0/0", "172.28.0.250")).isTrue();
        assertThat(ComposeCheck.Ipv4.contains("fd00::/8", "172.28.0.250")).isFalse();
        assertThat(ComposeCheck.Ipv4.contains("172.28.0.250", "172.28.0.250")).isTrue();
    }

    @Test
    void hostPortsOfEveryPortSyntax() {
        assertThat(ComposeCheck.hostPorts("8080")).isEmpty();
        assertThat(ComposeCheck.hostPorts("8080:80")).containsExactly("8080/tcp");
        assertThat(ComposeCheck.hostPorts("127.0.0.1:8080:80/udp")).containsExactly("8080/udp");
        assertThat(ComposeCheck.hostPorts("127.0.0.1::80")).isEmpty();
        assertThat(ComposeCheck.hostPorts("9000-9001:9000-9001")).containsExactly("9000/tcp", "9001/tcp");
        assertThat(ComposeCheck.hostPorts(Map.of("target", 80, "published", 8443, "protocol", "tcp")))
                .containsExactly("8443/tcp");
        assertThat(ComposeCheck.hostPorts(Map.of("target", 80))).isEmpty();
    }

    @Test
    void pinnedTagsNeedTheFullVersion() {
        assertThat(ImageReference.parse("quay.io/keycloak/keycloak:26.7.3").pinnedTo(3))
                .isTrue();
        assertThat(ImageReference.parse("docker.io/library/postgres:16.8").repository())
                .isEqualTo("postgres");
        assertThat(ImageReference.parse("postgres:16.8-alpine").pinnedTo(2)).isTrue();
        assertThat(ImageReference.parse("axllent/mailpit:v1.28.0").version()).contains("1.28.0");
        assertThat(ImageReference.parse("postgres:16").pinnedTo(2)).isFalse();
        assertThat(ImageReference.parse("nginx:1.27").pinnedTo(3)).isFalse();
        assertThat(ImageReference.parse("nginx:latest").pinnedTo(3)).isFalse();
        assertThat(ImageReference.parse("nginx").tag()).isEmpty();
        assertThat(ImageReference.parse("registry.example:5000/nginx").tag()).isEmpty();
    }

    @Test
    void dockerfileStagesAndCopies() {
        Dockerfile dockerfile = Dockerfile.parse(DOCKERFILE);

        assertThat(dockerfile.stages())
                .extracting(Dockerfile.Stage::fromEarlierStage)
                .containsExactly(false, false);
        assertThat(dockerfile.finalImage()).contains("quay.io/keycloak/keycloak:9.8.7");
        assertThat(dockerfile.contextCopies())
                .flatExtracting(Dockerfile.Copy::sources)
                .containsExactly(
                        "user-storage/target/sportello-user-storage-*.jar", "themes/target/sportello-themes-*.jar");
        assertThat(dockerfile.keycloakBuilds())
                .singleElement()
                .satisfies(build -> assertThat(build).contains("--db=postgres").contains("--metrics-enabled=true"));
        assertThat(Dockerfile.parse("FROM a:1.0.0 AS base\nFROM base\n").finalImage())
                .contains("a:1.0.0");
    }

    private static Arguments broken(String what, String text, String check, String fragment) {
        return Arguments.of(what, text, check, fragment);
    }

    /** The fixture with one break; fails the test setup when the text to break is not in the fixture. */
    private static String replace(String original, String broken) {
        assertThat(COMPOSE).as("fixture text to break").contains(original);
        return COMPOSE.replace(original, broken);
    }
}
