package it.sportello.keycloak.portal.tickets;

import java.util.Locale;
import java.util.Optional;

/** The categories a customer may choose for a portal ticket, in display order; labels are message keys. */
public enum TicketCategory {
    BILLING,
    READINGS,
    SUPPLY,
    FAULT,
    CONTRACT,
    OTHER;

    public static Optional<TicketCategory> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        for (TicketCategory category : values()) {
            if (category.name().equals(upper)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
