package it.sportello.keycloak.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.Commodity;
import it.sportello.keycloak.crm.ConsumptionRecord;
import it.sportello.keycloak.crm.ContactDetails;
import it.sportello.keycloak.crm.ContactUpdateResult;
import it.sportello.keycloak.crm.CrmTestDatabase;
import it.sportello.keycloak.crm.CustomerKind;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.crm.InvoiceNumber;
import it.sportello.keycloak.crm.InvoiceQuery;
import it.sportello.keycloak.crm.InvoiceRecord;
import it.sportello.keycloak.crm.LegacyPasswordAlgorithm;
import it.sportello.keycloak.crm.PrequalificationStatus;
import it.sportello.keycloak.crm.SupplyPointRecord;
import it.sportello.keycloak.crm.SupportRequest;
import it.sportello.keycloak.crm.VerificationResult;
import it.sportello.keycloak.crm.tickets.SupportTicketEntity;
import it.sportello.keycloak.crm.tickets.SupportTicketStatus;
import it.sportello.keycloak.crm.tickets.TicketContactEntity;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TimeZone;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JpaCustomerDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static TimeZone jvmZone;
    private static CrmTestDatabase database;

    private EntityManager em;
    private JpaCustomerDirectory directory;

    @BeforeAll
    static void createDatabase() {
        // Run as an Italian server would, to catch dates shifted by the JVM time zone.
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/Rome"));
        database = CrmTestDatabase.withDemoData();
    }

    @AfterAll
    static void dropDatabase() throws Exception {
        database.close();
        TimeZone.setDefault(jvmZone);
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
    void findByCustomerCodeNormalizesTheCodeAndMapsEveryColumn() {
        CustomerRecord mario = directory.findByCustomerCode(" c0001 ").orElseThrow();

        assertThat(mario.kind()).isEqualTo(CustomerKind.PERSON);
        assertThat(mario.displayName()).isEqualTo("Mario Rossi");
        assertThat(mario.taxId()).isEqualTo("RSSMRA85T10A562S");
        assertThat(mario.address().city()).isEqualTo("Firenze");
        assertThat(mario.address().postalCode()).isEqualTo("50123");
        assertThat(mario.updatedAt()).isEqualTo(Instant.parse("2026-10-01T08:00:00Z"));
        assertThat(directory.findByCustomerCode("C9999")).isEmpty();
        assertThat(directory.findByCustomerCode(" ")).isEmpty();
    }

    @Test
    void findByEmailIgnoresCase() {
        assertThat(directory.findByEmail("MARIO.ROSSI@example.COM"))
                .map(CustomerRecord::customerCode)
                .contains("C0001");
        assertThat(directory.findByEmail("nobody@example.com")).isEmpty();
        assertThat(directory.findByEmail(null)).isEmpty();
    }

    @Test
    void findByTaxIdAcceptsTheItVatPrefixAndSpaces() {
        assertThat(directory.findByTaxId("IT 01234567897", 10))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0002");
        assertThat(directory.findByTaxId("rssmra85t10a562s", 10)).hasSize(1);
    }

    @Test
    void verifyMatchesCodeTaxIdAndOptionalName() {
        assertThat(directory.verify("C0001", "RSSMRA85T10A562S", null)).isEqualTo(VerificationResult.MATCH);
        assertThat(directory.verify("C0001", "rssmra85t10a562s", "ROSSI")).isEqualTo(VerificationResult.MATCH);
        assertThat(directory.verify("C0002", "01234567897", "acqua chiara srl")).isEqualTo(VerificationResult.MATCH);
    }

    @Test
    void verifyWhenTaxIdNameOrCodeIsWrongThenSameAnswer() {
        assertThat(directory.verify("C0001", "BNCLRA90A41F205I", null)).isEqualTo(VerificationResult.NO_MATCH);
        assertThat(directory.verify("C0001", "RSSMRA85T10A562S", "Bianchi")).isEqualTo(VerificationResult.NO_MATCH);
        assertThat(directory.verify("C9999", "RSSMRA85T10A562S", null)).isEqualTo(VerificationResult.NO_MATCH);
        assertThat(directory.verify("C0001", "", null)).isEqualTo(VerificationResult.NO_MATCH);
    }

    @Test
    void hasRecentInvoiceOnlyForTheCustomersOwnInvoicesWithinTheWindow() {
        LocalDate since = LocalDate.of(2025, 11, 20);
        InvoiceNumber recent = InvoiceNumber.parse("ft 2026/000021").orElseThrow();

        assertThat(directory.hasRecentInvoice("c0001", recent, since)).isTrue();
        // older than the window
        assertThat(directory.hasRecentInvoice(
                        "C0001", InvoiceNumber.parse("FT2025-000001").orElseThrow(), since))
                .isFalse();
        // another customer's invoice, an unknown code, a customer without invoices
        assertThat(directory.hasRecentInvoice(
                        "C0001", InvoiceNumber.parse("FT2026-000025").orElseThrow(), since))
                .isFalse();
        assertThat(directory.hasRecentInvoice("C9999", recent, since)).isFalse();
        assertThat(directory.hasRecentInvoice("F0001", recent, since)).isFalse();
        assertThat(directory.hasRecentInvoice("C0001", null, since)).isFalse();
    }

    @Test
    void prequalificationOfSuppliers() {
        assertThat(directory.prequalification("F0001")).isEqualTo(PrequalificationStatus.PREQUALIFIED);
        assertThat(directory.prequalification("F0002")).isEqualTo(PrequalificationStatus.NOT_PREQUALIFIED);
        assertThat(directory.prequalification("C0001")).isEqualTo(PrequalificationStatus.NOT_SUPPLIER);
        assertThat(directory.prequalification("X")).isEqualTo(PrequalificationStatus.UNKNOWN_CUSTOMER);
        assertThat(directory.findByCustomerCode("F0001").orElseThrow().prequalifiedAt())
                .isEqualTo(Instant.parse("2026-03-15T09:00:00Z"));
    }

    @Test
    void legacyPasswordsOfTheDemoCustomers() {
        assertThat(directory.legacyPassword("C0001").orElseThrow().algorithm())
                .isEqualTo(LegacyPasswordAlgorithm.BCRYPT);
        assertThat(directory.legacyPassword("C0003").orElseThrow().algorithm())
                .isEqualTo(LegacyPasswordAlgorithm.SHA256_SALTED);
        assertThat(directory.legacyPassword("C0004").orElseThrow().algorithm())
                .isEqualTo(LegacyPasswordAlgorithm.PBKDF2_SHA256);
        assertThat(directory.legacyPassword("C0002")).isEmpty();
    }

    @Test
    void clearLegacyPasswordNullsHashAndAlgorithmAndStampsUpdatedAt() {
        directory.clearLegacyPassword(" c0001 ");
        directory.clearLegacyPassword("C9999");
        em.flush();
        em.clear();

        assertThat(directory.legacyPassword("C0001")).isEmpty();
        Object[] columns = (Object[]) em.createNativeQuery("select legacy_password_hash, legacy_password_algorithm"
                        + " from customer where customer_code = 'C0001'")
                .getSingleResult();
        assertThat(columns).containsOnlyNulls();
        assertThat(directory.findByCustomerCode("C0001").orElseThrow().updatedAt())
                .isEqualTo(NOW);
        assertThat(directory.legacyPassword("C0003")).isPresent();
    }

    @Test
    void supplyPointsBelongToTheirCustomerOnly() {
        List<SupplyPointRecord> points = directory.supplyPoints("C0001");

        assertThat(points)
                .extracting(SupplyPointRecord::commodity)
                .containsExactly(Commodity.ELECTRICITY, Commodity.GAS, Commodity.WATER);
        assertThat(points.get(0).code()).isEqualTo("IT001E12345678");
        assertThat(points.get(1).code()).hasSize(14).containsOnlyDigits();
        assertThat(directory.supplyPoint("C0002", 2002).orElseThrow().hasCorrector())
                .isTrue();
        assertThat(directory.supplyPoint("C0002", 1001)).isEmpty();
    }

    @Test
    void invoicesArePagedNewestFirstAndFilteredByIssueDate() {
        List<InvoiceRecord> firstPage = directory.invoices("C0001", 1001, InvoiceQuery.page(0, 3));
        List<InvoiceRecord> secondPage = directory.invoices("C0001", 1001, InvoiceQuery.page(3, 3));

        assertThat(firstPage).hasSize(3);
        assertThat(firstPage.get(0).issueDate()).isAfter(firstPage.get(2).issueDate());
        assertThat(secondPage.get(0).issueDate()).isBefore(firstPage.get(2).issueDate());
        assertThat(directory.countInvoices("C0001", 1001, InvoiceQuery.page(0, 1)))
                .isEqualTo(8);

        InvoiceQuery year2026 = new InvoiceQuery(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 0, 100);
        assertThat(directory.invoices("C0001", 1001, year2026))
                .isNotEmpty()
                .allSatisfy(invoice -> assertThat(invoice.issueDate().getYear()).isEqualTo(2026));
        assertThat(directory.invoices("C0002", 1001, InvoiceQuery.page(0, 10))).isEmpty();
    }

    @Test
    void invoiceDatesDoNotShiftWithTheJvmTimeZone() {
        InvoiceRecord first = directory.invoice("c0001", "FT2025-000001").orElseThrow();

        assertThat(first.issueDate()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(first.periodFrom()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(directory.invoice("C0002", "FT2025-000001")).isEmpty();
    }

    @Test
    void consumptionOfAYearIsMonthly() {
        List<ConsumptionRecord> year2025 = directory.consumption("C0001", 1001, 2025);

        assertThat(year2025).hasSize(12);
        assertThat(year2025)
                .extracting(ConsumptionRecord::month)
                .startsWith(1, 2, 3)
                .endsWith(12);
        assertThat(year2025.get(0).energyKwh()).isPositive();
        assertThat(directory.consumption("C0001", 1002, 2026).get(0).volumeM3()).isPositive();
        assertThat(directory.consumption("C0002", 1001, 2025)).isEmpty();
    }

    @Test
    void sameCustomerAskedAgainInOneSessionThenOneStatementPerCode() {
        Statistics statistics =
                em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            // what one sign-in or one claim asks: the customer, its legacy password, its prequalification, an unknown
            // code
            assertThat(directory.findByCustomerCode("C0001")).isPresent();
            assertThat(directory.legacyPassword(" c0001 ")).isPresent();
            assertThat(directory.prequalification("C0001")).isEqualTo(PrequalificationStatus.NOT_SUPPLIER);
            assertThat(directory.verify("C0001", "RSSMRA85T10A562S", null)).isEqualTo(VerificationResult.MATCH);
            assertThat(directory.findByCustomerCode("Z9999")).isEmpty();
            assertThat(directory.findByCustomerCode("Z9999")).isEmpty();

            assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);

            // the next request has a repository of its own and reads the CRM again
            JpaCustomerDirectory next =
                    new JpaCustomerDirectory(new CrmRepository(em), Clock.fixed(NOW, ZoneOffset.UTC));
            assertThat(next.findByCustomerCode("C0001")).isPresent();
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void contactChangedInOneSessionThenReadBackChangedInTheSameSession() {
        assertThat(directory.findByCustomerCode("C0005").orElseThrow().phone()).isNotEqualTo("+39 055 7654321");

        directory.updateContact("C0005", new ContactDetails(null, "+39 055 7654321", null));

        assertThat(directory.findByCustomerCode("C0005").orElseThrow().phone()).isEqualTo("+39 055 7654321");
    }

    @Test
    void updateContactWritesBackAndStampsUpdatedAt() {
        ContactUpdateResult result =
                directory.updateContact("C0005", new ContactDetails(" Stefano.Conti@Example.com ", "+39 1", " "));
        em.flush();
        em.clear();

        assertThat(result).isEqualTo(ContactUpdateResult.UPDATED);
        CustomerRecord stefano = directory.findByCustomerCode("C0005").orElseThrow();
        assertThat(stefano.email()).isEqualTo("stefano.conti@example.com");
        assertThat(stefano.fax()).isNull();
        assertThat(stefano.updatedAt()).isEqualTo(NOW);
        assertThat(directory.changedSince(NOW, 0, 10))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0005");
    }

    @Test
    void updateContactRefusesAnEmailOfAnotherCustomer() {
        assertThat(directory.updateContact("C0005", new ContactDetails("laura.bianchi@EXAMPLE.com", null, null)))
                .isEqualTo(ContactUpdateResult.EMAIL_IN_USE);
        assertThat(directory.updateContact("C9999", new ContactDetails(null, null, null)))
                .isEqualTo(ContactUpdateResult.UNKNOWN_CUSTOMER);
    }

    @Test
    void searchByPrefixOfCodeNameEmailOrTaxIdIsPagedInTheDatabase() {
        assertThat(directory.search("ross", 0, 10))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0001");
        assertThat(directory.search("acqua", 0, 10))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0002");
        assertThat(directory.search("0123", 0, 10))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0002");
        assertThat(directory.search("f", 0, 10))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("F0001", "F0002");
        assertThat(directory.count("c00")).isEqualTo(6);
        assertThat(directory.search("c00", 2, 2))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0003", "C0004");
        assertThat(directory.count("")).isEqualTo(8);
        assertThat(directory.search("*", 0, 100)).hasSize(8);
        assertThat(directory.count("%")).as("wildcards are literal").isZero();
        assertThat(directory.count("_0001")).isZero();
    }

    @Test
    void changedSinceIsOrderedByChangeTime() {
        assertThat(directory.changedSince(Instant.parse("2026-10-06T00:00:00Z"), 0, 10))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0004", "C0005", "C0006");
        assertThat(directory.changedSince(Instant.parse("2026-10-06T00:00:00Z"), 1, 1))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0005");
    }

    @Test
    void createSupportRequestWhenCodeAndTaxIdBelongTogetherThenTicketLinkedToTheCustomer() {
        long number = directory.createSupportRequest(person(" c0001 ", "RSSMRA85T10A562S", "Help\nI cannot sign in"));

        SupportTicketEntity ticket = ticket(number);
        assertThat(ticket.getCustomerCode()).isEqualTo("C0001");
        assertThat(ticket.getCategory()).isEqualTo("ACCESS");
        assertThat(ticket.getStatus()).isEqualTo(SupportTicketStatus.OPEN);
        assertThat(ticket.getSubject()).isEqualTo("Help");
        assertThat(ticket.getMessage()).isEqualTo("Help\nI cannot sign in");
        assertThat(ticket.getCreatedAt()).isEqualTo(NOW);
        TicketContactEntity contact = contact(ticket);
        assertThat(contact.getFullName()).isEqualTo("Mario Rossi");
        assertThat(contact.getCompanyName()).isNull();
        assertThat(contact.getEmail()).isEqualTo("mario.new@example.com");
        assertThat(contact.getPhone()).isEqualTo("+39 055 123456");
        assertThat(contact.getPreferredChannel()).isEqualTo("EMAIL");
        assertThat(contact.getStatedCustomerCode()).isEqualTo("C0001");
        assertThat(contact.getStatedTaxId()).isEqualTo("RSSMRA85T10A562S");
        assertThat(contact.getLocale()).isEqualTo("it");
    }

    @Test
    void createSupportRequestWhenTaxIdDoesNotMatchOrIsMissingThenUnlinkedWithTheStatedDetails() {
        long wrongTaxId = directory.createSupportRequest(person("C0001", "BNCLRA90A41F205I", "Help"));
        long unknownCode = directory.createSupportRequest(person("C9999", "RSSMRA85T10A562S", "Help"));
        long codeOnly = directory.createSupportRequest(person("C0001", null, "Help"));

        assertThat(ticket(wrongTaxId).getCustomerCode()).isNull();
        assertThat(contact(ticket(wrongTaxId)).getStatedCustomerCode()).isEqualTo("C0001");
        assertThat(contact(ticket(wrongTaxId)).getStatedTaxId()).isEqualTo("BNCLRA90A41F205I");
        assertThat(ticket(unknownCode).getCustomerCode()).isNull();
        assertThat(ticket(codeOnly).getCustomerCode()).isNull();
        assertThat(contact(ticket(codeOnly)).getStatedTaxId()).isNull();
    }

    @Test
    void createSupportRequestNumbersTicketsFromTheSequenceWithoutGaps() {
        long first = directory.createSupportRequest(person(null, null, "One"));
        long second = directory.createSupportRequest(person(null, null, "Two"));

        assertThat(first).isPositive();
        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void createSupportRequestFromACompanyKeepsCompanyAndContactPerson() {
        long number = directory.createSupportRequest(new SupportRequest(
                CustomerKind.COMPANY,
                null,
                null,
                "Acqua Chiara S.r.l.",
                "Giulia Neri",
                "C0002",
                "01234567897",
                "Ufficio@Example.com",
                null,
                "Invoices",
                "en"));

        TicketContactEntity contact = contact(ticket(number));
        assertThat(contact.getCompanyName()).isEqualTo("Acqua Chiara S.r.l.");
        assertThat(contact.getFullName()).isEqualTo("Giulia Neri");
        assertThat(contact.getEmail()).isEqualTo("ufficio@example.com");
        assertThat(contact.getPhone()).isNull();
    }

    @Test
    void createSupportRequestStoresMarkupAndSqlAsPlainText() {
        String hostile = "<script>alert(1)</script>'; drop table customer; --";

        long number = directory.createSupportRequest(person(null, null, hostile));

        assertThat(ticket(number).getMessage()).isEqualTo(hostile);
        assertThat(directory.count("")).isEqualTo(8);
    }

    @Test
    void subjectIsTheFirstLineCutAtAWord() {
        assertThat(JpaCustomerDirectory.subjectOf("\n  First line  \nsecond")).isEqualTo("First line");
        String longLine = "word ".repeat(40);
        String subject = JpaCustomerDirectory.subjectOf(longLine);
        assertThat(subject)
                .hasSizeLessThanOrEqualTo(JpaCustomerDirectory.MAX_SUBJECT_LENGTH)
                .endsWith("word…");
        assertThat(JpaCustomerDirectory.subjectOf("x".repeat(300))).hasSize(JpaCustomerDirectory.MAX_SUBJECT_LENGTH);
    }

    private static SupportRequest person(String code, String taxId, String message) {
        return new SupportRequest(
                CustomerKind.PERSON,
                "Mario",
                "Rossi",
                null,
                null,
                code,
                taxId,
                "Mario.New@Example.com",
                "+39 055 123456",
                message,
                "it");
    }

    private SupportTicketEntity ticket(long number) {
        return em.createQuery(
                        "select t from SupportTicketEntity t where t.ticketNumber = :n", SupportTicketEntity.class)
                .setParameter("n", number)
                .getSingleResult();
    }

    private TicketContactEntity contact(SupportTicketEntity ticket) {
        return em.createQuery("select c from TicketContactEntity c where c.ticketId = :t", TicketContactEntity.class)
                .setParameter("t", ticket.getId())
                .getSingleResult();
    }
}
