package it.sportello.keycloak.crm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The part of the customer area a notice is about, as the CRM's {@code avviso.sezione} stores it: the console links
 * the notice there. A closed list on purpose, never an address from the CRM, so a notice cannot send the customer to
 * another site.
 */
public enum NoticeSection {
    READINGS("LETTURE"),
    INVOICES("BOLLETTE"),
    DOCUMENTS("DOCUMENTI"),
    REQUESTS("RICHIESTE"),
    SUPPLY_POINTS("FORNITURE");

    private final String stored;

    NoticeSection(String stored) {
        this.stored = stored;
    }

    /** The section of a stored code, case and spaces ignored; empty for none or a code this version does not know. */
    public static Optional<NoticeSection> ofStored(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.stored.equals(normalized)).findFirst();
    }
}
