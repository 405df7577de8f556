package it.sportello.keycloak.crm.jpa;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Optional;

/** Query helpers every repository of the CRM contract tables shares, and the normalization of free text input. */
final class CrmQueries {

    /** Upper bound of any list the directory returns in one call. */
    static final int MAX_RESULTS = 500;

    /** Escape character for LIKE patterns; not a backslash, which MariaDB treats as an escape inside literals. */
    static final char LIKE_ESCAPE = '!';

    private CrmQueries() {}

    /**
     * Loads one entity by its primary key with a query, never {@code em.find}: when the CRM cannot be reached on the
     * XA datasource, Hibernate's find logs the failure and answers null (HHH-12472), which would read as "no such
     * customer". A query throws, so callers can tell an outage from an absent row.
     */
    static <T> Optional<T> byKey(EntityManager em, Class<T> type, String idAttribute, Object id) {
        return em
                .createQuery("select e from " + type.getSimpleName() + " e where e." + idAttribute + " = :id", type)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** A LIKE prefix pattern for the text, with the wildcards and the escape character in it escaped. */
    static String prefixPattern(String text) {
        StringBuilder pattern = new StringBuilder(text.length() + 1);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
                pattern.append(LIKE_ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.append('%').toString();
    }

    static int bounded(int max) {
        return Math.max(1, Math.min(max, MAX_RESULTS));
    }

    static Optional<String> normalizeEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(email.trim().toLowerCase(Locale.ROOT));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
