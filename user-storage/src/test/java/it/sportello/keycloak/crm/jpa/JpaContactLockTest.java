package it.sportello.keycloak.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.ContactDetails;
import it.sportello.keycloak.crm.CrmTestDatabase;
import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.Customers;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Customers#lockContact}: the contact fields as the database holds them, even when this session has already read
 * the customer (the row lock itself, against a concurrent writer, is proven on PostgreSQL by {@code PortalApiIT}).
 */
class JpaContactLockTest {

    private static CrmTestDatabase database;

    private EntityManager em;
    private Customers customers;

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
        customers = new JpaCustomerDirectory(em, Clock.fixed(Instant.parse("2026-11-20T10:15:30Z"), ZoneOffset.UTC))
                .customers();
    }

    @AfterEach
    void rollback() {
        em.getTransaction().rollback();
        em.close();
    }

    @Test
    void readsTheRowAgainRatherThanWhatTheSessionHasSeen() {
        String seen = customers.findByCustomerCode(code("C0005")).orElseThrow().phone();
        em.createNativeQuery("update customer set phone = '+39 055 9999999' where customer_code = 'C0005'")
                .executeUpdate();

        assertThat(customers.lockContact(code("C0005")))
                .get()
                .extracting(ContactDetails::phone)
                .isEqualTo("+39 055 9999999")
                .isNotEqualTo(seen);
    }

    @Test
    void unknownCustomerHasNoContact() {
        assertThat(customers.lockContact(code("C9999"))).isEmpty();
    }

    private static CustomerCode code(String value) {
        return CustomerCode.stored(value).orElseThrow();
    }
}
