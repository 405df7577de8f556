package it.sportello.keycloak.portal;

import it.sportello.keycloak.crm.NewTicketAttachment;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.keycloak.Config;
import org.keycloak.representations.AccessToken;

/**
 * Typed view of the portal API options; defaults live here only.
 *
 * @param invoiceDirectory base directory of the invoice PDFs, or null
 * @param demoInvoices whether the demo invoices' PDFs in the jar are served
 * @param maxAttachmentSize largest ticket attachment in bytes
 * @param maxReadingIncrease largest increase of a self-reading over the previous one
 * @param zone time zone of reading dates and windows
 * @param allowedClients client ids whose access tokens the portal accepts
 * @param audience an audience that makes a token of any other client of the realm acceptable, or null for none
 * @param documentDirectory base directory of the CRM documents' files, or null
 */
public record PortalConfig(
        Path invoiceDirectory,
        boolean demoInvoices,
        long maxAttachmentSize,
        BigDecimal maxReadingIncrease,
        ZoneId zone,
        Set<String> allowedClients,
        String audience,
        Path documentDirectory) {

    static final int DEFAULT_MAX_ATTACHMENT_SIZE = NewTicketAttachment.MAX_CONTENT_BYTES;
    static final BigDecimal DEFAULT_MAX_READING_INCREASE = new BigDecimal("100000");
    static final String DEFAULT_TIME_ZONE = "Europe/Rome";
    /** The portal web app and the realm's account console (our console calls the portal API with its token). */
    static final String DEFAULT_ALLOWED_CLIENTS = "portal-web,account-console";
    /** The audience the realm export's portal-web mapper adds; operators add the same mapper to their own apps. */
    static final String DEFAULT_AUDIENCE = "sportello-portal";

    public PortalConfig {
        if (maxAttachmentSize < 1 || maxAttachmentSize > NewTicketAttachment.MAX_CONTENT_BYTES) {
            throw new IllegalArgumentException(
                    "portal: max-attachment-size must be between 1 and " + NewTicketAttachment.MAX_CONTENT_BYTES);
        }
        if (maxReadingIncrease.signum() <= 0) {
            throw new IllegalArgumentException("portal: max-reading-increase must be positive");
        }
        allowedClients = Set.copyOf(allowedClients);
        if (allowedClients.isEmpty() && audience == null) {
            throw new IllegalArgumentException("portal: allowed-clients and audience cannot both be empty");
        }
    }

    /**
     * Whether an access token was meant for the portal: issued to a listed client, or carrying the portal's
     * audience. A token of any other client of the realm (even {@code admin-cli}) is refused.
     */
    public boolean acceptsToken(AccessToken token) {
        if (token == null) {
            return false;
        }
        String client = token.getIssuedFor();
        if (client != null && allowedClients.contains(client)) {
            return true;
        }
        return audience != null && token.hasAudience(audience);
    }

    public static PortalConfig defaults() {
        return new PortalConfig(
                null,
                false,
                DEFAULT_MAX_ATTACHMENT_SIZE,
                DEFAULT_MAX_READING_INCREASE,
                ZoneId.of(DEFAULT_TIME_ZONE),
                clientList(DEFAULT_ALLOWED_CLIENTS),
                DEFAULT_AUDIENCE,
                null);
    }

    /** The options, with {@code demoInvoices} defaulting to whether the CRM directory loads its demo data. */
    public static PortalConfig from(Config.Scope scope, boolean crmDemoData) {
        String directory = scope.get(PortalConfigProperties.INVOICE_DIRECTORY);
        String documents = scope.get(PortalConfigProperties.DOCUMENT_DIRECTORY);
        String increase = scope.get(PortalConfigProperties.MAX_READING_INCREASE);
        BigDecimal maxIncrease;
        try {
            maxIncrease = increase == null || increase.isBlank()
                    ? DEFAULT_MAX_READING_INCREASE
                    : new BigDecimal(increase.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("portal: max-reading-increase must be a number");
        }
        return new PortalConfig(
                directory == null || directory.isBlank() ? null : Path.of(directory.trim()),
                scope.getBoolean(PortalConfigProperties.DEMO_INVOICES, crmDemoData),
                scope.getLong(PortalConfigProperties.MAX_ATTACHMENT_SIZE, (long) DEFAULT_MAX_ATTACHMENT_SIZE),
                maxIncrease,
                ZoneId.of(scope.get(PortalConfigProperties.TIME_ZONE, DEFAULT_TIME_ZONE)),
                clientList(scope.get(PortalConfigProperties.ALLOWED_CLIENTS, DEFAULT_ALLOWED_CLIENTS)),
                blankToNull(scope.get(PortalConfigProperties.AUDIENCE, DEFAULT_AUDIENCE)),
                documents == null || documents.isBlank() ? null : Path.of(documents.trim()));
    }

    /** A comma-separated list of client ids; blanks dropped. */
    static Set<String> clientList(String value) {
        if (value == null) {
            return Set.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(id -> !id.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
