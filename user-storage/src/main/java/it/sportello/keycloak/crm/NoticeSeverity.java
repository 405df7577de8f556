package it.sportello.keycloak.crm;

import java.util.Arrays;
import java.util.Locale;

/**
 * How pressing a notice is, as the CRM's {@code avviso.gravita} stores it; a code the CRM adds later reads as
 * {@link #INFO}.
 */
public enum NoticeSeverity {
    INFO("INFORMAZIONE"),
    WARNING("ATTENZIONE"),
    URGENT("URGENTE");

    private final String stored;

    NoticeSeverity(String stored) {
        this.stored = stored;
    }

    /** The severity of a stored code, case and spaces ignored; {@link #INFO} for an unknown or missing one. */
    public static NoticeSeverity ofStored(String code) {
        String normalized = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.stored.equals(normalized))
                .findFirst()
                .orElse(INFO);
    }
}
