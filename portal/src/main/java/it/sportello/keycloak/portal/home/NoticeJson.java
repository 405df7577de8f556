package it.sportello.keycloak.portal.home;

import it.sportello.keycloak.crm.NoticeRecord;
import java.time.Instant;

/**
 * Schema {@code Notice}: a notice of the CRM on the home page, the customer's own or for every customer
 * ({@code general}); {@code section} the console page it concerns, null when none.
 */
public record NoticeJson(
        long id,
        boolean general,
        String severity,
        String title,
        String text,
        Instant validFrom,
        Instant validUntil,
        String section) {

    static NoticeJson of(NoticeRecord notice) {
        return new NoticeJson(
                notice.id(),
                notice.general(),
                notice.severity().name(),
                notice.title(),
                notice.text(),
                notice.validFrom(),
                notice.validUntil(),
                notice.section() == null ? null : notice.section().name());
    }
}
