package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.Contracts;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.Customers;
import it.sportello.keycloak.crm.Documents;
import it.sportello.keycloak.crm.MeterReadings;
import it.sportello.keycloak.crm.Metering;
import it.sportello.keycloak.crm.Overviews;
import it.sportello.keycloak.crm.SupplyPoints;
import it.sportello.keycloak.crm.TicketConversations;
import it.sportello.keycloak.crm.TicketOptions;
import it.sportello.keycloak.crm.Tickets;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * {@link CustomerDirectory} over the CRM contract tables of the {@code crm} persistence unit. Created per Keycloak
 * session by {@link JpaCustomerDirectoryFactory}, on the session's entity manager: one repository per feature, and
 * the customers read once per session whichever feature asks.
 */
final class JpaCustomerDirectory implements CustomerDirectory {

    private final JpaCustomers customers;
    private final JpaSupplyPoints supplyPoints;
    private final JpaMeterReadings meterReadings;
    private final JpaTickets tickets;
    private final JpaTicketConversations ticketConversations;
    private final JpaContracts contracts;
    private final JpaOverviews overviews;
    private final JpaDocuments documents;
    private final JpaMetering metering;
    private final JpaTicketOptions ticketOptions;

    JpaCustomerDirectory(EntityManager em, Clock clock) {
        this.customers = new JpaCustomers(new CustomerRepository(em), clock);
        this.supplyPoints = new JpaSupplyPoints(new SupplyPointRepository(em));
        this.meterReadings = new JpaMeterReadings(new MeterReadingRepository(em), clock);
        TicketRepository ticketRepository = new TicketRepository(em);
        this.tickets = new JpaTickets(ticketRepository, customers, clock);
        this.ticketConversations =
                new JpaTicketConversations(ticketRepository, new TicketConversationRepository(em), tickets, clock);
        this.contracts = new JpaContracts(new ContractRepository(em), clock);
        this.overviews = new JpaOverviews(new OverviewRepository(em), clock);
        this.documents = new JpaDocuments(new DocumentRepository(em), clock);
        this.metering = new JpaMetering(new MeteringRepository(em));
        this.ticketOptions = new JpaTicketOptions(new TicketOptionRepository(em));
    }

    @Override
    public Customers customers() {
        return customers;
    }

    @Override
    public SupplyPoints supplyPoints() {
        return supplyPoints;
    }

    @Override
    public MeterReadings meterReadings() {
        return meterReadings;
    }

    @Override
    public Tickets tickets() {
        return tickets;
    }

    @Override
    public TicketConversations ticketConversations() {
        return ticketConversations;
    }

    @Override
    public Contracts contracts() {
        return contracts;
    }

    @Override
    public Overviews overviews() {
        return overviews;
    }

    @Override
    public Documents documents() {
        return documents;
    }

    @Override
    public Metering metering() {
        return metering;
    }

    @Override
    public TicketOptions ticketOptions() {
        return ticketOptions;
    }

    @Override
    public void close() {
        // The entity manager belongs to the session's JpaConnectionProvider, which closes it.
    }
}
