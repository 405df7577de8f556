package it.sportello.keycloak.broker.loa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Which level of assurance (Keycloak's LoA number) each authentication context of an identity provider stands for:
 * a SAML {@code AuthnContextClassRef} or an OpenID Connect {@code acr} value, compared exactly. Parsed once from the
 * step's setting, one {@code reference = level} entry a line (or separated by commas).
 */
record AssuranceLevels(Map<String, Integer> levels) {

    /** The SPID levels, which CIE id states the same way, and the eIDAS levels an eIDAS node states. */
    static final String DEFAULT_TEXT = String.join(
            "\n",
            "https://www.spid.gov.it/SpidL1 = 1",
            "https://www.spid.gov.it/SpidL2 = 2",
            "https://www.spid.gov.it/SpidL3 = 3",
            "http://eidas.europa.eu/LoA/low = 1",
            "http://eidas.europa.eu/LoA/substantial = 2",
            "http://eidas.europa.eu/LoA/high = 3");

    /** Above any level a realm's flows use; keeps a typo such as 22 from passing for a level. */
    static final int MAX_LEVEL = 9;

    static final AssuranceLevels DEFAULTS = parse(DEFAULT_TEXT);

    AssuranceLevels {
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(levels));
    }

    /** The level of an identity provider's reference, empty when the reference is missing or not in the map. */
    OptionalInt levelOf(String reference) {
        if (reference == null) {
            return OptionalInt.empty();
        }
        Integer level = levels.get(reference.trim());
        return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }

    /** Parses the setting; a blank one is the defaults. Throws with every problem found when the text is bad. */
    static AssuranceLevels parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULTS;
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (String entry : text.split("[\\r\\n,]+")) {
            if (!entry.isBlank()) {
                parseEntry(entry.trim(), levels, problems);
            }
        }
        if (levels.isEmpty() && problems.isEmpty()) {
            problems.add("no entry");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Bad level map: " + String.join("; ", problems));
        }
        return new AssuranceLevels(levels);
    }

    private static void parseEntry(String entry, Map<String, Integer> levels, List<String> problems) {
        int eq = entry.lastIndexOf('=');
        if (eq <= 0) {
            problems.add("'" + entry + "' is not reference = level");
            return;
        }
        String reference = entry.substring(0, eq).trim();
        String value = entry.substring(eq + 1).trim();
        if (reference.isEmpty() || reference.chars().anyMatch(Character::isWhitespace)) {
            problems.add("'" + reference + "' is not a reference");
            return;
        }
        int level;
        try {
            level = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            problems.add("level of '" + reference + "' is not a number");
            return;
        }
        if (level < 0 || level > MAX_LEVEL) {
            problems.add("level of '" + reference + "' is not between 0 and " + MAX_LEVEL);
        } else if (levels.putIfAbsent(reference, level) != null) {
            problems.add("'" + reference + "' appears twice");
        }
    }
}
