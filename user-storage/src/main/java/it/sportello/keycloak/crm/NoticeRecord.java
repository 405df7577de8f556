package it.sportello.keycloak.crm;

import java.time.Instant;

/**
 * A notice of the CRM for the customer area's home page: the customer's own, or for every customer ({@code general}).
 *
 * @param validUntil the end of its validity; null when open-ended
 * @param section the part of the customer area it is about; null when none
 */
public record NoticeRecord(
        long id,
        boolean general,
        NoticeSeverity severity,
        String title,
        String text,
        Instant validFrom,
        Instant validUntil,
        NoticeSection section) {}
