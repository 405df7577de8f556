package it.sportello.keycloak.crm;

import org.keycloak.provider.Provider;

/**
 * The operator's CRM as every Sportello module sees it, one feature at a time. Created per Keycloak session by the
 * {@code customer-directory} SPI's provider; answers are immutable records, never persistence entities, so the CRM
 * backend can be replaced (SQL today, a REST CRM later) by another {@link CustomerDirectoryFactory}.
 *
 * <p>Customer codes, tax IDs and invoice numbers arrive as parsed value types; a supply point's data is reached only
 * through the {@link OwnedSupplyPoint} that {@link SupplyPoints#owned} returns, so a caller cannot read another
 * customer's data by guessing an id.
 */
public interface CustomerDirectory extends Provider {

    Customers customers();

    SupplyPoints supplyPoints();

    MeterReadings meterReadings();

    Tickets tickets();

    TicketConversations ticketConversations();

    Contracts contracts();

    Overviews overviews();

    Documents documents();

    Metering metering();

    TicketOptions ticketOptions();
}
