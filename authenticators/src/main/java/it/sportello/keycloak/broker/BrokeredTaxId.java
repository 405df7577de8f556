package it.sportello.keycloak.broker;

import it.sportello.keycloak.taxid.TaxId;
import it.sportello.keycloak.taxid.TaxIdParseResult;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tax ID an identity provider asserted for the brokered holder, read once at the edge and passed on as a
 * {@link TaxId}. SPID and CIE send it as {@code fiscalNumber} = {@code TINIT-<codice fiscale>}; the prefix (any case)
 * is stripped before parsing. Missing and malformed values are told apart only for the audit, never shown.
 */
record BrokeredTaxId(Status status, TaxId taxId) {

    /** What the broker gave. */
    enum Status {
        FOUND,
        MISSING,
        INVALID
    }

    static final BrokeredTaxId MISSING = new BrokeredTaxId(Status.MISSING, null);
    static final BrokeredTaxId INVALID = new BrokeredTaxId(Status.INVALID, null);

    /** Parses one asserted value: prefix stripped, then the project's tax-ID rules (checksum included). */
    static BrokeredTaxId parse(String asserted, String prefix) {
        if (asserted == null || asserted.isBlank()) {
            return MISSING;
        }
        String value = asserted.strip();
        if (prefix != null
                && !prefix.isEmpty()
                && value.length() >= prefix.length()
                && value.regionMatches(true, 0, prefix, 0, prefix.length())) {
            value = value.substring(prefix.length());
        }
        TaxIdParseResult parsed = TaxId.parse(value);
        return parsed.taxId()
                .map(taxId -> new BrokeredTaxId(Status.FOUND, taxId))
                .orElse(INVALID);
    }

    /**
     * The first of the sources that holds the attribute: the brokered user attributes that the identity provider's
     * mappers set (the "Attribute Importer"), then the raw claims or assertion attributes. Several different values
     * are refused: the holder's identity must name one tax ID.
     */
    static BrokeredTaxId from(List<Map<String, ?>> sources, String attribute, String prefix) {
        for (Map<String, ?> source : sources) {
            Optional<String> value = single(source, attribute);
            if (value.isPresent()) {
                return parse(value.get(), prefix);
            }
            if (hasSeveral(source, attribute)) {
                return INVALID;
            }
        }
        return MISSING;
    }

    private static Optional<String> single(Map<String, ?> source, String attribute) {
        Object value = lookup(source, attribute);
        if (value instanceof Collection<?> values) {
            List<String> distinct = values.stream()
                    .filter(v -> v != null && !v.toString().isBlank())
                    .map(v -> v.toString().strip().toUpperCase(Locale.ROOT))
                    .distinct()
                    .toList();
            return distinct.size() == 1 ? Optional.of(distinct.get(0)) : Optional.empty();
        }
        return value == null || value.toString().isBlank() ? Optional.empty() : Optional.of(value.toString());
    }

    private static boolean hasSeveral(Map<String, ?> source, String attribute) {
        return lookup(source, attribute) instanceof Collection<?> values
                && values.stream()
                                .filter(v -> v != null && !v.toString().isBlank())
                                .count()
                        > 1;
    }

    /** The attribute by its exact name, else ignoring case (SAML attribute names and claims vary in case). */
    private static Object lookup(Map<String, ?> source, String attribute) {
        if (source == null) {
            return null;
        }
        Object value = source.get(attribute);
        if (value != null) {
            return value;
        }
        return source.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(attribute))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The value stays out of logs and exception messages. */
    @Override
    public String toString() {
        return "BrokeredTaxId[" + status + "]";
    }
}
