package it.sportello.keycloak.portal;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Server options of the portal API, set as {@code --spi-realm-restapi-extension--sportello-portal--<dash-case-name>=...}.
 * Defaults live in {@link PortalConfig}.
 */
public final class PortalConfigProperties {

    static final String INVOICE_DIRECTORY = "invoiceDirectory";
    static final String DEMO_INVOICES = "demoInvoices";
    static final String DOCUMENT_DIRECTORY = "documentDirectory";
    static final String MAX_ATTACHMENT_SIZE = "maxAttachmentSize";
    static final String MAX_READING_INCREASE = "maxReadingIncrease";
    static final String TIME_ZONE = "timeZone";
    static final String ALLOWED_CLIENTS = "allowedClients";
    static final String AUDIENCE = "audience";

    public static final List<ProviderConfigProperty> PROPERTIES = ProviderConfigurationBuilder.create()
            .property()
            .name(INVOICE_DIRECTORY)
            .type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Directory the CRM's invoice PDF locations are relative to. Locations that leave it are"
                    + " refused.")
            .add()
            .property()
            .name(DEMO_INVOICES)
            .type(ProviderConfigProperty.BOOLEAN_TYPE)
            .helpText("Serve the demo invoices' and documents' PDFs shipped in the portal jar when a location is not"
                    + " found in the invoice or document directory. Defaults to the CRM directory's demo-data option.")
            .add()
            .property()
            .name(DOCUMENT_DIRECTORY)
            .type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Directory the CRM's document file locations (documento.percorso) are relative to. Locations"
                    + " that leave it are refused.")
            .add()
            .property()
            .name(MAX_ATTACHMENT_SIZE)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .helpText("Largest ticket attachment in bytes, at most 10 MB.")
            .defaultValue(PortalConfig.DEFAULT_MAX_ATTACHMENT_SIZE)
            .add()
            .property()
            .name(MAX_READING_INCREASE)
            .type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Largest increase of a self-reading over the previous one, in the meter's unit.")
            .defaultValue(PortalConfig.DEFAULT_MAX_READING_INCREASE.toPlainString())
            .add()
            .property()
            .name(TIME_ZONE)
            .type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Time zone of the reading dates and windows.")
            .defaultValue(PortalConfig.DEFAULT_TIME_ZONE)
            .add()
            .property()
            .name(ALLOWED_CLIENTS)
            .type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Comma-separated client ids whose access tokens the portal API accepts. Tokens of other clients"
                    + " of the realm are refused with 401 unless they carry the audience below.")
            .defaultValue(PortalConfig.DEFAULT_ALLOWED_CLIENTS)
            .add()
            .property()
            .name(AUDIENCE)
            .type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Audience that makes a token of any client acceptable (added by an audience mapper on that"
                    + " client). Empty: only the listed clients.")
            .defaultValue(PortalConfig.DEFAULT_AUDIENCE)
            .add()
            .build();

    private PortalConfigProperties() {}
}
