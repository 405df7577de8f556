package it.sportello.keycloak.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.crm.Commodity;
import it.sportello.keycloak.crm.CrmTestDatabase;
import it.sportello.keycloak.crm.MeterReadingDeletion;
import it.sportello.keycloak.crm.MeterReadingRecord;
import it.sportello.keycloak.crm.NewTicketAttachment;
import it.sportello.keycloak.crm.PortalTicketCreated;
import it.sportello.keycloak.crm.PortalTicketRequest;
import it.sportello.keycloak.crm.TicketRecord;
import it.sportello.keycloak.crm.TicketStatusChange;
import it.sportello.keycloak.crm.readings.MeterReadingStatus;
import it.sportello.keycloak.crm.tickets.SupportTicketStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The portal's questions to the CRM: self-readings, reading windows and portal tickets, always per customer. */
class JpaCustomerDirectoryPortalTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static CrmTestDatabase database;

    private EntityManager em;
    private JpaCustomerDirectory directory;

    @BeforeAll
    static void createDatabase() {
        database = CrmTestDatabase.withDemoData();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @BeforeEach
    void openSession() {
        em = database.entityManagerFactory().createEntityManager();
        em.getTransaction().begin();
        directory = new JpaCustomerDirectory(new CrmRepository(em), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void rollback() {
        em.getTransaction().rollback();
        em.close();
    }

    @Test
    void readingsAreStoredNewestFirstOnlyOnTheCustomersOwnSupplyPoints() {
        directory.submitMeterReading("c0001", 1003, TODAY.minusDays(1), BigDecimal.TEN, null, "u1");
        MeterReadingRecord today = directory
                .submitMeterReading("C0001", 1003, TODAY, new BigDecimal("12.5"), null, "u1")
                .orElseThrow();

        assertThat(directory.meterReadings("C0001", 1003, 10))
                .extracting(MeterReadingRecord::readingDate)
                .containsExactly(TODAY, TODAY.minusDays(1));
        assertThat(today.status()).isEqualTo(MeterReadingStatus.SUBMITTED);
        assertThat(today.deletable()).isTrue();
        assertThat(directory.submitMeterReading("C0002", 1003, TODAY, BigDecimal.ONE, null, "u2"))
                .isEmpty();
        assertThat(directory.meterReadings("C0002", 1003, 10)).isEmpty();
    }

    @Test
    void secondReadingOfTheDayIsRefusedByTheDatabase() {
        directory.submitMeterReading("C0001", 1001, TODAY, BigDecimal.ONE, null, "u1");

        assertThatThrownBy(() -> directory.submitMeterReading("C0001", 1001, TODAY, BigDecimal.TEN, null, "u1"))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void readingsAreDeletableUntilAcquiredAndOnlyByTheirCustomer() {
        String id = directory
                .submitMeterReading("C0001", 1003, TODAY, BigDecimal.ONE, null, "u1")
                .orElseThrow()
                .id();

        assertThat(directory.deleteMeterReading("C0002", 1003, id)).isEqualTo(MeterReadingDeletion.NOT_FOUND);
        assertThat(directory.deleteMeterReading("C0001", 1001, id)).isEqualTo(MeterReadingDeletion.NOT_FOUND);
        assertThat(directory.acquireMeterReading(id))
                .get()
                .extracting(MeterReadingRecord::status)
                .isEqualTo(MeterReadingStatus.ACQUIRED);
        assertThat(directory.deleteMeterReading("C0001", 1003, id)).isEqualTo(MeterReadingDeletion.ACQUIRED);
        assertThat(directory.acquireMeterReading("no-such-reading")).isEmpty();

        String other = directory
                .submitMeterReading("C0001", 1003, TODAY.plusDays(1), BigDecimal.ONE, null, "u1")
                .orElseThrow()
                .id();
        assertThat(directory.deleteMeterReading("C0001", 1003, other)).isEqualTo(MeterReadingDeletion.DELETED);
        assertThat(directory.meterReadings("C0001", 1003, 10))
                .extracting(MeterReadingRecord::id)
                .containsExactly(id);
    }

    @Test
    void demoReadingWindowsPerCommodity() {
        assertThat(directory.readingWindow(Commodity.GAS)).get().satisfies(w -> {
            assertThat(w.fromDay()).isEqualTo(25);
            assertThat(w.toDay()).isEqualTo(5);
        });
        assertThat(directory.readingWindow(Commodity.WATER)).isPresent();
    }

    @Test
    void portalTicketKeepsMachineContactsAndAttachmentsAndIsVisibleToItsCustomerOnly() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        PortalTicketCreated created = directory.createPortalTicket(
                "c0001",
                "u1",
                new PortalTicketRequest(
                        "FAULT",
                        1002L,
                        "Caldaia",
                        "Caldaia ferma",
                        "Spia rossa",
                        "Non parte",
                        List.of("tecnico@example.com"),
                        List.of(new NewTicketAttachment("foto.png", "image/png", png)),
                        "it"));

        TicketRecord ticket = directory.ticket("C0001", created.id()).orElseThrow();
        assertThat(ticket.number()).isEqualTo(created.number());
        assertThat(ticket.machine()).isEqualTo("Caldaia");
        assertThat(ticket.machineState()).isEqualTo("Spia rossa");
        assertThat(ticket.contacts()).containsExactly("tecnico@example.com");
        assertThat(ticket.locale()).isEqualTo("it");
        assertThat(ticket.attachments()).singleElement().satisfies(a -> assertThat(a.size())
                .isEqualTo(4));
        String attachmentId = ticket.attachments().get(0).id();
        assertThat(directory
                        .ticketAttachment("C0001", created.id(), attachmentId)
                        .orElseThrow()
                        .content())
                .isEqualTo(png);
        assertThat(directory.tickets("C0001", 10)).extracting(TicketRecord::id).contains(created.id());

        assertThat(directory.ticket("C0002", created.id())).isEmpty();
        assertThat(directory.ticketAttachment("C0002", created.id(), attachmentId))
                .isEmpty();
        assertThat(directory.tickets("C0002", 10)).extracting(TicketRecord::id).doesNotContain(created.id());

        TicketStatusChange change = directory
                .changeTicketStatus(created.id(), SupportTicketStatus.IN_PROGRESS)
                .orElseThrow();
        assertThat(change.changed()).isTrue();
        assertThat(change.previous()).isEqualTo(SupportTicketStatus.OPEN);
        assertThat(directory
                        .changeTicketStatus(created.id(), SupportTicketStatus.IN_PROGRESS)
                        .orElseThrow()
                        .changed())
                .isFalse();
    }
}
