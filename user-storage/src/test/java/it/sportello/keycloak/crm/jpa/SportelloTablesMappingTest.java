package it.sportello.keycloak.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.crm.Commodity;
import it.sportello.keycloak.crm.CrmTestDatabase;
import it.sportello.keycloak.crm.MeterReadingStatus;
import it.sportello.keycloak.crm.readings.MeterReadingEntity;
import it.sportello.keycloak.crm.readings.ReadingWindowEntity;
import it.sportello.keycloak.crm.tickets.SupportTicketEntity;
import it.sportello.keycloak.crm.tickets.TicketAttachmentEntity;
import it.sportello.keycloak.crm.tickets.TicketContactEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The entities of the tables Sportello owns match the columns its changelog creates. */
class SportelloTablesMappingTest {

    private static CrmTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = CrmTestDatabase.withDemoData();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
    }

    @Test
    void meterReadingRoundTripAndOnePerSupplyPointAndDay() {
        Instant created = Instant.parse("2026-11-20T10:15:30.123Z");
        MeterReadingEntity reading = new MeterReadingEntity(
                2002,
                LocalDate.of(2026, 11, 20),
                new BigDecimal("12345.678"),
                new BigDecimal("12001.5"),
                "u1",
                created);
        inTransaction(em -> em.persist(reading));

        EntityManager em = database.entityManagerFactory().createEntityManager();
        MeterReadingEntity stored = em.find(MeterReadingEntity.class, reading.getId());
        assertThat(stored.getStatus()).isEqualTo(MeterReadingStatus.SUBMITTED);
        assertThat(stored.getReadingDate()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(stored.getMeterValue()).isEqualByComparingTo("12345.678");
        assertThat(stored.getCreatedAt()).isEqualTo(created);
        em.close();

        assertThatThrownBy(() -> inTransaction(other -> other.persist(
                        new MeterReadingEntity(2002, LocalDate.of(2026, 11, 20), BigDecimal.ONE, null, "u1", created))))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void ticketWithContactAndAttachmentBytes() {
        Instant now = Instant.parse("2026-11-20T10:00:00Z");
        SupportTicketEntity ticket = new SupportTicketEntity(null, null, null, "ACCESS", "Cannot sign in", "Help", now);
        byte[] pdf = {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xff};
        TicketAttachmentEntity attachment =
                new TicketAttachmentEntity(ticket.getId(), "bill.pdf", "application/pdf", pdf, now);
        inTransaction(em -> {
            em.persist(ticket);
            em.persist(new TicketContactEntity(ticket.getId(), "Ada", null, "ada@example.com", null, "EMAIL"));
            em.persist(attachment);
        });

        EntityManager em = database.entityManagerFactory().createEntityManager();
        TicketAttachmentEntity stored = em.find(TicketAttachmentEntity.class, attachment.getId());
        assertThat(stored.getContent()).isEqualTo(pdf);
        assertThat(stored.getSizeBytes()).isEqualTo(pdf.length);
        assertThat(em.find(SupportTicketEntity.class, ticket.getId()).getUpdatedAt())
                .isEqualTo(now);
        em.close();
    }

    @Test
    void demoReadingWindows() {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        assertThat(em.createQuery(
                                "select w from ReadingWindowEntity w where w.commodity = :c", ReadingWindowEntity.class)
                        .setParameter("c", Commodity.GAS)
                        .getSingleResult()
                        .getFromDay())
                .isEqualTo(25);
        em.close();
    }

    private static void inTransaction(java.util.function.Consumer<EntityManager> work) {
        EntityManager em = database.entityManagerFactory().createEntityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
