package it.sportello.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The repository's own docker-compose.yml and deploy/Dockerfile, checked without a Docker engine. */
class DeploymentFilesTest {

    private static final RepositoryFiles REPOSITORY = RepositoryFiles.fromSystemProperty();

    @Test
    void composeFilePassesEveryStaticCheck() {
        assertThat(ComposeCheck.problems(read("docker-compose.yml"), REPOSITORY, keycloakVersion()))
                .isEmpty();
    }

    @Test
    void keycloakVersionReachesTheTestsFromThePom() {
        assertThat(keycloakVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void imageDeploysEveryProviderJarTheDistributionDeploys() {
        // dist/pom.xml lists the provider jars it copies into providers/: the image must carry the same ones
        Matcher dependency = Pattern.compile(
                        "<groupId>it\\.sportello</groupId>\\s*<artifactId>(sportello-[a-z-]+)</artifactId>")
                .matcher(dependencies(read("dist/pom.xml")));
        List<String> copied = Dockerfile.parse(read("deploy/Dockerfile")).contextCopies().stream()
                .flatMap(copy -> copy.sources().stream())
                .toList();
        int providers = 0;
        while (dependency.find()) {
            String artifactId = dependency.group(1);
            if (artifactId.equals("sportello-realm-export")) {
                continue; // the realm is mounted, not deployed
            }
            providers++;
            String module = artifactId.substring("sportello-".length());
            assertThat(copied).as("COPY of %s", artifactId).contains(module + "/target/" + artifactId + "-*.jar");
        }
        assertThat(providers).isEqualTo(4);
        assertThat(copied).hasSize(providers);
    }

    @Test
    void imageBuildsWithTheCrmDatasourceOptionsOfTheDocs() {
        String docs = read("docs/providers.md");
        List<String> builds = Dockerfile.parse(read("deploy/Dockerfile")).keycloakBuilds();

        assertThat(builds).singleElement().satisfies(build -> {
            for (String option : List.of("--db-kind-crm=postgres", "--transaction-xa-enabled-crm=true")) {
                assertThat(build).contains(option);
                assertThat(docs).contains(option.substring(0, option.indexOf('=') + 1));
            }
        });
    }

    private static String dependencies(String pom) {
        int start = pom.indexOf("<dependencies>");
        assertThat(start).as("dist/pom.xml has dependencies").isNotNegative();
        return pom.substring(start, pom.indexOf("</dependencies>", start));
    }

    private static String keycloakVersion() {
        String version = System.getProperty("keycloak.version");
        assertThat(version)
                .as("keycloak.version system property (set by the deploy module's pom)")
                .isNotBlank();
        return version;
    }

    private static String read(String path) {
        return REPOSITORY.read(path).orElseThrow(() -> new AssertionError(path + " is missing from the repository"));
    }
}
