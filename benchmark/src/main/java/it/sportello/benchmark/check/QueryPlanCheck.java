package it.sportello.benchmark.check;

import it.sportello.benchmark.crm.CrmLoader;
import it.sportello.benchmark.crm.SyntheticCrm;
import it.sportello.keycloak.crm.CustomerDirectory;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.crm.jpa.PlanCheckDirectories;
import it.sportello.keycloak.crm.migration.CrmSchemaMigrator;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * EXPLAINs every statement of the CRM directory on a PostgreSQL CRM of its own ({@code sportello_bench_plans}): the
 * synthetic contract tables at the given scale with their keys and indexes, Sportello's own tables from its real
 * Liquibase changelog, rows in all of them (a reading and a month of consumption per supply point, a ticket per
 * customer with a contact, an attachment on every fourth, a year of quarter-hours for the sample's electricity point
 * beside the generator's business sample), analyzed;
 * then each operation of {@link PlannedOperations} through the real JPA directory (plain Hibernate, the
 * {@code crm} persistence unit), with the statements Hibernate generates and the values it binds.
 */
public final class QueryPlanCheck {

    public static final String DATABASE = "sportello_bench_plans";

    private static final String[] SEED = {
        // a reading per supply point, acquired
        "insert into meter_reading (id, supply_point_id, reading_date, meter_value, status, created_at)"
                + " select md5('r' || s.id)::uuid::text, s.id, current_date - 30, 1000, 'ACQUIRED', now()"
                + " from supply_point s",
        // one ticket per customer, a contact each, an attachment on every fourth
        "insert into support_ticket (id, customer_code, category, subject, message, status, created_at, updated_at,"
                + " ticket_number) select md5('t' || c.customer_code)::uuid::text, c.customer_code, 'OTHER',"
                + " 'Synthetic', 'Synthetic ticket', 'OPEN', now(), now(), row_number() over (order by c.customer_code)"
                + " from customer c",
        "insert into ticket_contact (id, ticket_id, email) select md5('c' || t.id)::uuid::text, t.id,"
                + " 'contact@clienti.example' from support_ticket t",
        "insert into ticket_attachment (id, ticket_id, filename, content_type, size_bytes, content, created_at)"
                + " select md5('a' || t.id)::uuid::text, t.id, 'meter.png', 'image/png', 1, '\\x00'::bytea, now()"
                + " from support_ticket t where t.ticket_number % 4 = 0",
        "select setval('support_ticket_number_seq', (select max(ticket_number) from support_ticket))",
        // a month of consumption for every supply point, this year
        "insert into consumption (supply_point_id, period_year, period_month, energy_kwh) select s.id,"
                + " extract(year from current_date)::int, 1, 100 from supply_point s",
        // a contract in force and a meter for every supply point
        "insert into contratto (id, supply_point_id, offerta, data_inizio, potenza_impegnata_kw, modalita_pagamento)"
                + " select s.id, s.id, 'Offerta sintetica', current_date - 400, 3, 'BOLLETTINO' from supply_point s",
        "insert into misuratore (id, supply_point_id, matricola, tipo, data_installazione)"
                + " select s.id, s.id, 'M' || s.id, 'ELETTRONICO', current_date - 400 from supply_point s",
        // two documents of every customer (the first with its bytes in the database), twenty general ones, and the
        // first document of every second customer downloaded
        "insert into documento (id, customer_code, categoria, titolo, data_documento, lingua, nome_file,"
                + " tipo_contenuto, contenuto) select 2 * row_number() over (order by c.customer_code) + d.n,"
                + " c.customer_code, 'CONTRATTO', 'Synthetic', current_date - 10 * d.n, 'it', 'doc.pdf',"
                + " 'application/pdf', case when d.n = 0 then '\\x25504446'::bytea end"
                + " from customer c cross join (values (0), (1)) d(n)",
        "insert into documento (id, customer_code, categoria, titolo, data_documento, lingua, nome_file,"
                + " tipo_contenuto, percorso) select -g, null, 'MODULO', 'General', current_date - g, 'it',"
                + " 'form.pdf', 'application/pdf', 'general/form.pdf' from generate_series(1, 20) g",
        "insert into document_download (id, customer_code, document_id, downloaded_at) select"
                + " md5('d' || d.id)::uuid::text, d.customer_code, d.id, now() from documento d"
                + " where d.id % 4 = 2",
        // a notice for every customer, an expired one for every tenth, and ten for everybody
        "insert into avviso (id, customer_code, gravita, titolo, testo, valido_dal)"
                + " select row_number() over (order by c.customer_code), c.customer_code, 'INFORMAZIONE', 'Synthetic',"
                + " 'Synthetic notice', now() - interval '1 day' from customer c",
        "insert into avviso (id, customer_code, gravita, titolo, testo, valido_dal, valido_al)"
                + " select -row_number() over (order by c.customer_code), c.customer_code, 'ATTENZIONE', 'Expired',"
                + " 'Expired notice', now() - interval '30 days', now() - interval '20 days' from customer c"
                + " where right(c.customer_code, 1) = '0'",
        "insert into avviso (id, customer_code, gravita, titolo, testo, valido_dal) select 10000000 + g, null,"
                + " 'INFORMAZIONE', 'General', 'General notice', now() - interval '2 days' from generate_series(1, 10) g",
        // the contract tables were analyzed by the loader
        "analyze meter_reading, support_ticket, ticket_contact, ticket_attachment, consumption, contratto,"
                + " misuratore, documento, document_download, avviso"
    };

    private static final String METERING_YEAR = "insert into metering_interval (supply_point_id, interval_start,"
            + " interval_minutes, energy_kwh, power_kw) select ?, date_trunc('day', localtimestamp) - interval '365 days'"
            + " + g.i * interval '15 minutes', 15, 0.5 + (g.i % 96) / 100.0, 2 + (g.i % 96) / 25.0"
            + " from generate_series(0, 35039) g(i) on conflict do nothing";

    private final String serverUrl;
    private final String user;
    private final String password;
    private final Consumer<String> log;

    /** {@code serverUrl}: the PostgreSQL server's JDBC URL without a database, ending in a slash. */
    public QueryPlanCheck(String serverUrl, String user, String password, Consumer<String> log) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
        this.log = log;
    }

    public QueryPlans run(long seed, int customers, int invoicesPerPoint) throws Exception {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", user, password);
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + DATABASE + " with (force)");
            s.execute("create database " + DATABASE);
        }
        String url = serverUrl + DATABASE;
        SyntheticCrm crm = new SyntheticCrm(seed, customers, invoicesPerPoint, new SyntheticCrm.Pools(1, 1, 1, 1));
        long t0 = System.nanoTime();
        new CrmLoader(url, user, password).load(crm, 2);
        long t1 = System.nanoTime();
        new CrmSchemaMigrator(() -> DriverManager.getConnection(url, user, password), Duration.ofSeconds(30))
                .migrate(false);
        PlannedOperations.Sample sample = seed(url, customers / 2 + 7);
        log.accept("query-plan CRM: contract tables loaded in " + (t1 - t0) / 1_000_000 + " ms, Sportello's tables"
                + " migrated, filled and everything analyzed in " + (System.nanoTime() - t1) / 1_000_000 + " ms");
        QueryPlans plans = new QueryPlans();
        PGSimpleDataSource target = new PGSimpleDataSource();
        target.setURL(url);
        target.setUser(user);
        target.setPassword(password);
        EntityManagerFactory emf = entityManagerFactory(ExplainingDataSource.wrap(target, plans::add));
        try {
            Function<CustomerDirectory, OwnedSupplyPoint> owned = PlannedOperations.owned(sample);
            inTransaction(emf, plans, "portal: owned supply point", (d, p) -> owned.apply(d), null);
            for (Map.Entry<String, PlannedOperations.Operation> operation :
                    PlannedOperations.of(crm, sample).entrySet()) {
                PlannedOperations.Operation o = operation.getValue();
                inTransaction(emf, plans, operation.getKey(), o.call(), o.owned() ? owned : null);
            }
        } finally {
            emf.close();
        }
        return plans;
    }

    private PlannedOperations.Sample seed(String url, int customer) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            try (Statement s = c.createStatement()) {
                for (String sql : SEED) {
                    s.execute(sql);
                }
            }
            // the sample's electricity point gets a year of quarter-hours beside the loaded business sample
            try (PreparedStatement s = c.prepareStatement(METERING_YEAR)) {
                s.setLong(1, SyntheticCrm.supplyPointId(customer, 0));
                s.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("analyze metering_interval");
            }
            String code = SyntheticCrm.customerCode(customer);
            String ticket = one(c, "select id from support_ticket where customer_code = ?", code);
            String attachment = one(
                    c,
                    "select a.id from ticket_attachment a join support_ticket t on t.id = a.ticket_id"
                            + " where t.ticket_number > (select ticket_number from support_ticket where id = ?)"
                            + " order by t.ticket_number limit 1",
                    ticket);
            String reading = one(
                    c,
                    "select id from meter_reading where supply_point_id = ? order by reading_date limit 1",
                    SyntheticCrm.supplyPointId(customer, 0));
            String document =
                    one(c, "select id from documento where customer_code = ? and contenuto is not null", code);
            return new PlannedOperations.Sample(customer, ticket, attachment, reading, Long.parseLong(document));
        }
    }

    private static String one(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("No synthetic row for: " + sql);
                }
                return r.getString(1);
            }
        }
    }

    /** One operation on a fresh directory in a transaction rolled back; the owned supply point looked up first. */
    private static void inTransaction(
            EntityManagerFactory emf,
            QueryPlans plans,
            String name,
            PlannedOperations.Call operation,
            Function<CustomerDirectory, OwnedSupplyPoint> owned) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            CustomerDirectory directory = PlanCheckDirectories.open(em, Clock.systemUTC());
            // the owned supply point's lookup is an operation of its own, checked once on its own
            plans.ignoring(true);
            OwnedSupplyPoint point = owned == null ? null : owned.apply(directory);
            plans.ignoring(false);
            plans.operation(name);
            operation.run(directory, point);
            em.flush();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        return Persistence.createEntityManagerFactory(
                "crm",
                Map.of(
                        "jakarta.persistence.transactionType",
                        "RESOURCE_LOCAL",
                        "jakarta.persistence.jtaDataSource",
                        "",
                        "jakarta.persistence.nonJtaDataSource",
                        dataSource,
                        "hibernate.connection.datasource",
                        dataSource));
    }
}
