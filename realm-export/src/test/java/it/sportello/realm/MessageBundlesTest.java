package it.sportello.realm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message bundle of the repository (each {@code messages_it.properties} under a module's {@code src/main}) has a
 * translation for every other language the production realm supports, with the same keys, the same placeholders, no
 * empty text and no long text left in Italian: a language offered on the sign-in page is complete in every theme, in
 * the admin console's provider settings and in the portal API's problems.
 */
class MessageBundlesTest {

    /** The language the texts are written in first. */
    private static final String REFERENCE = "it";
    /** Shorter texts may rightly read the same in two languages ("Fax", "PDF", "Email"). */
    private static final int UNTRANSLATED_MIN_LENGTH = 20;
    /** Texts made of Italian legal names only, the same in every language. */
    private static final Set<String> SAME_AS_ITALIAN = Set.of("sportelloAttrTaxId");
    /** MessageFormat arguments ({0}, {1,date,long}) and i18next interpolations ({{name}}). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\w+}}|\\{\\d+");
    /** Romanian ş ţ with a cedilla (and the caron ǎ) instead of ș ț with a comma below and ă. */
    private static final Pattern ROMANIAN_WRONG_LETTERS = Pattern.compile("[\u015e\u015f\u0162\u0163\u01ce]");

    private static final Path REPOSITORY = Path.of("..");

    static Stream<Arguments> bundlesAndLanguages() throws IOException {
        List<Path> bundles = italianBundles();
        // the repository's seven bundles at least: a wrong working directory must not pass with nothing compared
        assertThat(bundles).as("bundles under %s", REPOSITORY.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(7);
        return bundles.stream().flatMap(bundle -> supportedLocales().stream()
                .filter(language -> !language.equals(REFERENCE))
                .map(language -> Arguments.of(REPOSITORY.relativize(bundle).toString(), language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundlesAndLanguages")
    void bundleWhenComparedWithItalianThenSameKeysSamePlaceholdersAndTranslatedTexts(String bundle, String language)
            throws IOException {
        Path italianFile = REPOSITORY.resolve(bundle);
        Path translatedFile = italianFile.resolveSibling("messages_" + language + ".properties");
        assertThat(translatedFile)
                .as("%s beside %s", translatedFile.getFileName(), bundle)
                .exists();
        Properties italian = load(italianFile);
        Properties translated = load(translatedFile);

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(missing(italian, translated))
                .as("keys of %s missing in %s", bundle, translatedFile.getFileName())
                .isEmpty();
        softly.assertThat(missing(translated, italian).stream().filter(MessageBundlesTest::isOurs))
                .as("keys of %s that %s does not have", translatedFile.getFileName(), bundle)
                .isEmpty();
        for (String key : new TreeSet<>(translated.stringPropertyNames())) {
            String text = translated.getProperty(key);
            String where = translatedFile.getFileName() + " of " + italianFile.getParent() + ": " + key;
            softly.assertThat(text).as("%s is empty", where).isNotBlank();
            if (italian.containsKey(key)) {
                softly.assertThat(placeholders(text))
                        .as("%s: placeholders", where)
                        .isEqualTo(placeholders(italian.getProperty(key)));
                if (text.length() > UNTRANSLATED_MIN_LENGTH && !SAME_AS_ITALIAN.contains(key)) {
                    softly.assertThat(text)
                            .as("%s is still the Italian text", where)
                            .isNotEqualTo(italian.getProperty(key));
                }
            }
            if (language.equals("ro")) {
                softly.assertThat(ROMANIAN_WRONG_LETTERS.matcher(text).find())
                        .as("%s: ş ţ ǎ instead of ș ț ă", where)
                        .isFalse();
            }
        }
        softly.assertAll();
    }

    @Test
    void themesWhenTheirLocalesAreReadThenTheRealmsSupportedLocales() throws IOException {
        Path themes = REPOSITORY.resolve("themes/src/main/resources/theme/sportello");
        for (String type : List.of("login", "email", "account")) {
            Properties theme = load(themes.resolve(type).resolve("theme.properties"));

            assertThat(Set.of(theme.getProperty("locales", "").split(",")))
                    .as("locales of the %s theme", type)
                    .containsExactlyInAnyOrderElementsOf(supportedLocales());
        }
    }

    private static List<Path> italianBundles() throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(REPOSITORY, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = String.valueOf(dir.getFileName());
                boolean skipped = name.equals("target") || name.equals("node_modules") || name.startsWith(".");
                return skipped && !dir.equals(REPOSITORY) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String path = file.toString().replace('\\', '/');
                if (path.endsWith("/messages_" + REFERENCE + ".properties") && path.contains("/src/main/")) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static List<String> supportedLocales() {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/realm/customer-portal-realm.json")) {
            JsonNode realm = new ObjectMapper().readTree(in);
            List<String> locales = new ArrayList<>();
            realm.path("supportedLocales").forEach(locale -> locales.add(locale.asText()));
            assertThat(locales).contains(REFERENCE);
            return locales;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keycloak 26 reads theme message bundles as UTF-8. */
    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    /**
     * Our keys, which every language must have. A translation may also restate one of Keycloak's own keys where
     * Keycloak's text in that language falls short (the Romanian one says "tu" and writes ǎ for ă).
     */
    private static boolean isOurs(String key) {
        return key.startsWith("sportello") || key.startsWith("portal");
    }

    private static Set<String> missing(Properties from, Properties in) {
        Set<String> keys = new TreeSet<>(from.stringPropertyNames());
        keys.removeAll(in.stringPropertyNames());
        return keys;
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found.stream().distinct().sorted().toList();
    }
}
