package it.sportello.realm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the production import contains (the file docs/production.md tells operators to import), and that the demo realm is
 * that file plus the demo data, nothing defined twice.
 */
class RealmFilesTest {

    private static final String PRODUCTION = "/realm/customer-portal-realm.json";
    private static final String DEMO = "/demo-realm/customer-portal-realm.json";
    /** Field names that carry a secret wherever they appear in a realm representation. */
    private static final Pattern SECRET_FIELD =
            Pattern.compile("(?i)secret|password|credentials?|privateKey|certificate|hashedSaltedValue|secretData");
    /** Realm, client or component attribute names that would carry a secret (e.g. sportello.pow.secret). */
    private static final Pattern SECRET_ATTRIBUTE = Pattern.compile("(?i).*(secret|password|private|key)s?$");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void productionFileHoldsNoUsersNoPasswordsNoSmtpSettingsNoMembers() throws IOException {
        JsonNode realm = read(PRODUCTION);

        assertThat(realm.has("users")).as("users").isFalse();
        assertThat(realm.has("federatedUsers")).as("federatedUsers").isFalse();
        assertThat(realm.has("smtpServer")).as("smtpServer").isFalse();
        for (JsonNode organization : realm.path("organizations")) {
            assertThat(organization.has("members"))
                    .as("members of %s", organization.path("alias"))
                    .isFalse();
        }
    }

    @Test
    void productionFileHoldsNoSecretAnywhere() throws IOException {
        assertThat(secretsIn(read(PRODUCTION), "$")).isEmpty();
    }

    @Test
    void secretFinderFindsUsersPasswordsAndSecretAttributes() throws IOException {
        ObjectNode realm = (ObjectNode) read(PRODUCTION);
        realm.putObject("attributes").put("sportello.pow.secret", "c2VjcmV0");
        realm.putArray("clients").addObject().put("clientId", "x").put("secret", "s3cr3t");
        realm.putArray("users").addObject().putArray("credentials").addObject().put("value", "pw");

        assertThat(secretsIn(realm, "$"))
                .contains("$.attributes.sportello.pow.secret", "$.clients[0].secret", "$.users[0].credentials");
    }

    @Test
    void demoUsersHaveTheRealmsDefaultRolesAsKeycloakGivesEveryNewUser() throws IOException {
        // an imported user gets only the roles its entry names: without these the account console's own REST calls
        // (personal info, languages, signing in) answer 401 and its pages fail
        JsonNode demo = read(DEMO);
        String defaultRole = "default-roles-" + demo.path("realm").asText();
        assertThat(demo.path("users")).extracting(JsonNode::size).isNotEqualTo(0);
        demo.path("users").forEach(user -> assertThat(user.path("realmRoles"))
                .as("roles of " + user.path("username").asText())
                .extracting(JsonNode::asText)
                .contains(defaultRole));
    }

    @Test
    void demoFileIsTheProductionFilePlusTheDemoData() throws IOException {
        JsonNode production = read(PRODUCTION);
        JsonNode demo = read(DEMO);

        assertThat(demo.path("users")).extracting(JsonNode::size).isNotEqualTo(0);
        assertThat(demo.path("users").findValuesAsText("username")).contains("demo", "acqua.admin", "nord.admin");
        assertThat(demo.path("smtpServer").path("host").asText()).isEqualTo("localhost");
        assertThat(demo.path("organizations").findValuesAsText("username"))
                .contains("acqua.admin", "acqua.tecnico", "nord.admin", "nord.manutenzione");
        // everything else is the production file's, unchanged
        ObjectNode rest = demo.deepCopy();
        rest.remove(List.of("users", "smtpServer"));
        rest.path("organizations").forEach(organization -> ((ObjectNode) organization).remove("members"));
        assertThat(rest).isEqualTo(production);
    }

    @Test
    void mergeWhenTheDemoDataRedefinesProductionConfigurationThenRefused() throws IOException {
        ObjectNode production = (ObjectNode) read(PRODUCTION);
        ObjectNode redefines =
                JSON.createObjectNode().put("realm", "customer-portal").put("loginTheme", "keycloak");
        ObjectNode otherRealm = JSON.createObjectNode().put("realm", "master");
        ObjectNode members = JSON.createObjectNode().put("realm", "customer-portal");
        members.putArray("organizations")
                .addObject()
                .put("alias", "acqua-chiara")
                .putArray("members")
                .addObject()
                .put("username", "x");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> DemoRealmFile.merge(production, redefines))
                .withMessageContaining("loginTheme");
        assertThatIllegalArgumentException().isThrownBy(() -> DemoRealmFile.merge(production, otherRealm));
        ObjectNode once = DemoRealmFile.merge(production, members);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DemoRealmFile.merge(once, members))
                .withMessageContaining("acqua-chiara");
    }

    /** Paths of fields that hold a secret: secret-named fields, user credentials, secret-named attributes. */
    static List<String> secretsIn(JsonNode node, String path) {
        List<String> found = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                found.addAll(secretsIn(node.get(i), path + "[" + i + "]"));
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey();
                String where = path + "." + name;
                boolean attributes = name.equals("attributes") || name.equals("config");
                if (SECRET_FIELD.matcher(name).matches() && !field.getValue().isBoolean()) {
                    found.add(where);
                } else if (attributes && field.getValue().isObject()) {
                    field.getValue().fieldNames().forEachRemaining(attribute -> {
                        if (SECRET_ATTRIBUTE
                                .matcher(attribute.toLowerCase(Locale.ROOT))
                                .matches()) {
                            found.add(where + "." + attribute);
                        }
                    });
                    found.addAll(secretsIn(field.getValue(), where));
                } else {
                    found.addAll(secretsIn(field.getValue(), where));
                }
            }
        }
        return found;
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = RealmFilesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return JSON.readTree(in);
        }
    }
}
