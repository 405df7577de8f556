package it.sportello.keycloak.crm;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a document is, as the CRM's {@code documento.categoria} stores it (the customer area's Italian terms): a
 * customer's contracts, notices and letters, or the general forms, regulations, ARERA notices and tariffs. A code the
 * CRM adds later reads as {@link #OTHER}.
 */
public enum DocumentCategory {
    CONTRACT("CONTRATTO"),
    NOTICE("COMUNICAZIONE"),
    LETTER("LETTERA"),
    FORM("MODULO"),
    REGULATION("REGOLAMENTO"),
    ARERA_NOTICE("AVVISO_ARERA"),
    TARIFF("TARIFFA"),
    OTHER("ALTRO");

    private final String stored;

    DocumentCategory(String stored) {
        this.stored = stored;
    }

    /** The code in the CRM's {@code categoria} column. */
    public String stored() {
        return stored;
    }

    /** The category of a stored code, case and spaces ignored; {@link #OTHER} for an unknown or missing one. */
    public static DocumentCategory ofStored(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(c -> c.stored.equals(normalized))
                .findFirst()
                .orElse(OTHER);
    }
}
