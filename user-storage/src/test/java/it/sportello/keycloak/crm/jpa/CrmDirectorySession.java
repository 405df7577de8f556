package it.sportello.keycloak.crm.jpa;

import it.sportello.keycloak.crm.CrmTestDatabase;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One H2 CRM with the demo data per test class, and per test a {@link JpaCustomerDirectory} over an entity manager
 * whose transaction is rolled back afterwards, so every test starts from the demo data. Register it on a static field:
 *
 * <pre>{@code @RegisterExtension static final CrmDirectorySession crm = CrmDirectorySession.at(clock);}</pre>
 *
 * <p>The extension's per-test callbacks run around the class's own {@code @BeforeEach} and {@code @AfterEach}, so
 * those can use {@link #directory()} and {@link #em()}.
 */
final class CrmDirectorySession implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final Supplier<Clock> clocks;
    private CrmTestDatabase database;
    private EntityManager em;
    private JpaCustomerDirectory directory;

    private CrmDirectorySession(Supplier<Clock> clocks) {
        this.clocks = clocks;
    }

    /** Every test's directory reads this clock. */
    static CrmDirectorySession at(Clock clock) {
        return new CrmDirectorySession(() -> clock);
    }

    /** Each test's directory gets a new clock from the supplier (a clock with state of its own, say). */
    static CrmDirectorySession withClocks(Supplier<Clock> clocks) {
        return new CrmDirectorySession(clocks);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        database = CrmTestDatabase.withDemoData();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        em = database.entityManagerFactory().createEntityManager();
        em.getTransaction().begin();
        directory = new JpaCustomerDirectory(em, clocks.get());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
        em = null;
        directory = null;
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        database.close();
    }

    JpaCustomerDirectory directory() {
        return directory;
    }

    EntityManager em() {
        return em;
    }

    CrmTestDatabase database() {
        return database;
    }
}
