package it.sportello.realm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Builds the demo realm file at build time (process-classes): the production realm file, which operators import and
 * which holds no users, passwords or SMTP settings, plus the demo file's users, SMTP settings and organization
 * members. The realm's configuration has one source, the production file; the demo, Docker Compose and the test
 * suites import the generated file ({@code demo-realm/customer-portal-realm.json} on the classpath).
 */
public final class DemoRealmFile {

    static final String ORGANIZATIONS = "organizations";
    static final String MEMBERS = "members";
    static final String ALIAS = "alias";
    static final String REALM = "realm";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DemoRealmFile() {}

    /** Arguments: the production realm file, the demo file, the generated file. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: DemoRealmFile <production realm> <demo data> <output>");
        }
        JsonNode production = JSON.readTree(Path.of(args[0]).toFile());
        JsonNode demo = JSON.readTree(Path.of(args[1]).toFile());
        Path output = Path.of(args[2]);
        Files.createDirectories(output.toAbsolutePath().getParent());
        JSON.writeValue(output.toFile(), merge((ObjectNode) production, (ObjectNode) demo));
    }

    /**
     * The production realm with the demo's additions. The demo file may only add: a top-level field the production
     * file already has, or members of an organization that already has some, is refused, so that nothing is defined
     * twice and the two files cannot drift apart.
     */
    static ObjectNode merge(ObjectNode production, ObjectNode demo) {
        ObjectNode realm = production.deepCopy();
        if (!realm.path(REALM).equals(demo.path(REALM))) {
            throw new IllegalArgumentException(
                    "the demo file is for realm " + demo.path(REALM) + ", not " + realm.path(REALM));
        }
        Iterator<Map.Entry<String, JsonNode>> fields = demo.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals(REALM)) {
                continue;
            }
            if (name.equals(ORGANIZATIONS)) {
                mergeOrganizations(realm, (ArrayNode) field.getValue());
            } else if (realm.has(name)) {
                throw new IllegalArgumentException(
                        "both the production realm file and the demo file define " + name + ": keep it in one");
            } else {
                realm.set(name, field.getValue().deepCopy());
            }
        }
        return realm;
    }

    /** Members are added to the production organization of the same alias; other organizations are added whole. */
    private static void mergeOrganizations(ObjectNode realm, ArrayNode demoOrganizations) {
        ArrayNode organizations =
                realm.has(ORGANIZATIONS) ? (ArrayNode) realm.get(ORGANIZATIONS) : realm.putArray(ORGANIZATIONS);
        for (JsonNode demoOrganization : demoOrganizations) {
            ObjectNode existing = null;
            for (JsonNode organization : organizations) {
                if (organization.path(ALIAS).equals(demoOrganization.path(ALIAS))) {
                    existing = (ObjectNode) organization;
                }
            }
            if (existing == null) {
                organizations.add(demoOrganization.deepCopy());
            } else if (existing.has(MEMBERS)) {
                throw new IllegalArgumentException(
                        "organization " + existing.path(ALIAS).asText()
                                + " has members in both the production realm file and the demo file");
            } else {
                existing.set(MEMBERS, demoOrganization.path(MEMBERS).deepCopy());
            }
        }
    }
}
