package it.sportello.it.badinput;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The texts a Sportello page may show as its message or a field's error: every value of the Italian and English
 * bundles of the repository (themes, authenticators, portal, user-storage) and of Keycloak’s own login theme when it is on the test
 * class path, placeholders matching any text. A page "answers with a localized message" when each message it shows is
 * one of them.
 */
public final class PageMessages {

    private static final Pattern PAGE_MESSAGE =
            Pattern.compile("class=\"[^\"]*kc-feedback-text\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern FIELD_ERROR =
            Pattern.compile("id=\"input-error-[^\"]+\"[^>]*>\\s*<span[^>]*>(.*?)</span>", Pattern.DOTALL);
    private static final Pattern ERROR_PAGE =
            Pattern.compile("<div id=\"kc-error-message\">\\s*<p class=\"instruction\">(.*?)</p>", Pattern.DOTALL);
    private static final Pattern TEMPLATE = Pattern.compile("<template>.*?</template>", Pattern.DOTALL);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]+[^}]*}");

    private final List<Pattern> texts = new ArrayList<>();

    public PageMessages() {
        Path root = Path.of("").toAbsolutePath().getParent();
        for (String module : List.of("themes", "authenticators", "portal", "user-storage")) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/resources"))) {
                files.filter(f -> f.getFileName().toString().matches("messages_(it|en)\\.properties"))
                        .forEach(this::load);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loadKeycloakBundles();
        if (texts.isEmpty()) {
            throw new IllegalStateException("No message bundle found below " + root);
        }
    }

    /**
     * Keycloak's own login messages, from the themes jar of the distribution the test framework installed (the stock
     * pages Sportello does not theme, such as the error page, speak with them).
     */
    private void loadKeycloakBundles() {
        Path installs = Path.of(System.getProperty("java.io.tmpdir"), "kc-test-framework", "keycloak");
        if (!Files.isDirectory(installs)) {
            return;
        }
        try (Stream<Path> jars = Files.walk(installs, 5)) {
            for (Path jar : jars.filter(
                            j -> j.getFileName().toString().matches("org\\.keycloak\\.keycloak-themes-.*\\.jar"))
                    .toList()) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    for (String language : List.of("it", "en")) {
                        ZipEntry entry = zip.getEntry("theme/base/login/messages/messages_" + language + ".properties");
                        if (entry != null) {
                            try (InputStream in = zip.getInputStream(entry)) {
                                load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages the page shows (page message and field errors), unescaped, inert templates left out. */
    public static List<String> shown(String body) {
        String visible = TEMPLATE.matcher(body).replaceAll("");
        List<String> shown = new ArrayList<>();
        for (Pattern pattern : List.of(PAGE_MESSAGE, FIELD_ERROR, ERROR_PAGE)) {
            Matcher matcher = pattern.matcher(visible);
            while (matcher.find()) {
                shown.add(normalize(unescape(matcher.group(1))));
            }
        }
        return shown;
    }

    /** Whether the text is one of the bundles' (placeholders match anything). */
    public boolean isLocalized(String text) {
        return texts.stream().anyMatch(p -> p.matcher(text).matches());
    }

    private void load(Path file) {
        try {
            load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load(String content) {
        Properties bundle = new Properties();
        try (Reader reader = new java.io.StringReader(content)) {
            bundle.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String value :
                bundle.stringPropertyNames().stream().map(bundle::getProperty).toList()) {
            // MessageFormat's doubled apostrophes are single ones on the page
            String text = normalize(value.replace("''", "'"));
            if (!PLACEHOLDER.matcher(text).replaceAll("").matches("(?s).*\\p{L}.*")) {
                // nothing of its own but placeholders (Keycloak's loginTitleHtml={0}): it would match any text
                continue;
            }
            StringBuilder regex = new StringBuilder();
            Matcher placeholder = PLACEHOLDER.matcher(text);
            int at = 0;
            while (placeholder.find()) {
                regex.append(Pattern.quote(text.substring(at, placeholder.start())))
                        .append("(?s).*");
                at = placeholder.end();
            }
            regex.append(Pattern.quote(text.substring(at)));
            texts.add(Pattern.compile(regex.toString()));
        }
    }

    private static String normalize(String text) {
        return text.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }

    static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&#039;", "'")
                .replace("&amp;", "&");
    }
}
