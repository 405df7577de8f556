package it.sportello.keycloak.portal.tickets;

import it.sportello.keycloak.crm.RequestTypeRecord;
import java.util.Locale;

/**
 * Schema {@code TicketCategoryOption}: a request type of the CRM a ticket may have, with its label in the caller's
 * language.
 */
public record TicketCategoryOptionJson(String id, String label) {

    static TicketCategoryOptionJson of(RequestTypeRecord type, Locale locale) {
        return new TicketCategoryOptionJson(type.code(), type.label(locale));
    }
}
