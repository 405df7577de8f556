package it.sportello.keycloak.crm;

import java.util.Locale;

/**
 * A type of request a customer may open a ticket with, as the CRM lists it (table {@code tipo_richiesta}): its code,
 * stored on the ticket, and its label in Italian, English and Romanian (English and Romanian may be missing).
 */
public record RequestTypeRecord(String code, String labelIt, String labelEn, String labelRo) {

    /** The label in the language of the locale; Italian when the CRM has none in that language. */
    public String label(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        String label =
                switch (language) {
                    case "en" -> labelEn;
                    case "ro" -> labelRo;
                    default -> labelIt;
                };
        return label == null || label.isBlank() ? labelIt : label;
    }
}
