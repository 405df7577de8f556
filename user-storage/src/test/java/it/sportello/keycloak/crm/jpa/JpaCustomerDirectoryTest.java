package it.sportello.keycloak.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.ChangeCursor;
import it.sportello.keycloak.crm.Commodity;
import it.sportello.keycloak.crm.ConsumptionRecord;
import it.sportello.keycloak.crm.ContactDetails;
import it.sportello.keycloak.crm.ContactUpdateResult;
import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerKind;
import it.sportello.keycloak.crm.CustomerRecord;
import it.sportello.keycloak.crm.Customers;
import it.sportello.keycloak.crm.InvoiceNumber;
import it.sportello.keycloak.crm.InvoicePage;
import it.sportello.keycloak.crm.InvoiceQuery;
import it.sportello.keycloak.crm.InvoiceRecord;
import it.sportello.keycloak.crm.LegacyPasswordAlgorithm;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.crm.PrequalificationStatus;
import it.sportello.keycloak.crm.SupplyPointRecord;
import it.sportello.keycloak.crm.SupplyPoints;
import it.sportello.keycloak.crm.SupportRequest;
import it.sportello.keycloak.crm.SupportTicketStatus;
import it.sportello.keycloak.crm.Tickets;
import it.sportello.keycloak.crm.VerificationResult;
import it.sportello.keycloak.crm.tickets.SupportTicketEntity;
import it.sportello.keycloak.crm.tickets.TicketContactEntity;
import it.sportello.keycloak.taxid.TaxId;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JpaCustomerDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    @RegisterExtension
    static final CrmDirectorySession crm = CrmDirectorySession.at(Clock.fixed(NOW, ZoneOffset.UTC));

    private EntityManager em;
    private Customers customers;
    private SupplyPoints supplyPoints;
    private Tickets tickets;

    @BeforeEach
    void openSession() {
        em = crm.em();
        JpaCustomerDirectory directory = crm.directory();
        customers = directory.customers();
        supplyPoints = directory.supplyPoints();
        tickets = directory.tickets();
    }

    @Test
    void findByCustomerCodeNormalizesTheCodeAndMapsEveryColumn() {
        CustomerRecord mario = customers.findByCustomerCode(code(" c0001 ")).orElseThrow();

        assertThat(mario.kind()).isEqualTo(CustomerKind.PERSON);
        assertThat(mario.displayName()).isEqualTo("Mario Rossi");
        assertThat(mario.taxId()).isEqualTo("RSSMRA85T10A562S");
        assertThat(mario.address().city()).isEqualTo("Firenze");
        assertThat(mario.address().postalCode()).isEqualTo("50123");
        assertThat(mario.updatedAt()).isEqualTo(Instant.parse("2026-10-01T08:00:00Z"));
        assertThat(customers.findByCustomerCode(code("C9999"))).isEmpty();
        assertThat(customers.findByCustomerCode(code(" "))).isEmpty();
    }

    @Test
    void findByEmailIgnoresCase() {
        assertThat(customers.findByEmail("MARIO.ROSSI@example.COM"))
                .map(CustomerRecord::customerCode)
                .contains("C0001");
        assertThat(customers.findByEmail("nobody@example.com")).isEmpty();
        assertThat(customers.findByEmail(null)).isEmpty();
    }

    @Test
    void findByTaxIdAcceptsTheItVatPrefixAndSpaces() {
        // the prefix is dropped by TaxId, the one place that knows it
        assertThat(customers.findByTaxId(taxId("IT 12345670157"), 10))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("F0001");
        assertThat(customers.findByTaxId(taxId("rssmra85t10a562s"), 10)).hasSize(1);
    }

    @Test
    void verifyMatchesCodeTaxIdAndOptionalName() {
        assertThat(customers.verify(code("C0001"), taxId("RSSMRA85T10A562S"), null))
                .isEqualTo(VerificationResult.MATCH);
        assertThat(customers.verify(code("C0001"), taxId("rssmra85t10a562s"), "ROSSI"))
                .isEqualTo(VerificationResult.MATCH);
        assertThat(customers.verify(code("F0001"), taxId("IT12345670157"), "impianti nord spa"))
                .isEqualTo(VerificationResult.MATCH);
    }

    @Test
    void verifyWhenTaxIdNameOrCodeIsWrongThenSameAnswer() {
        assertThat(customers.verify(code("C0001"), taxId("BNCLRA90A41F205I"), null))
                .isEqualTo(VerificationResult.NO_MATCH);
        assertThat(customers.verify(code("C0001"), taxId("RSSMRA85T10A562S"), "Bianchi"))
                .isEqualTo(VerificationResult.NO_MATCH);
        assertThat(customers.verify(code("C9999"), taxId("RSSMRA85T10A562S"), null))
                .isEqualTo(VerificationResult.NO_MATCH);
        assertThat(customers.verify(code("C0001"), taxId(""), null)).isEqualTo(VerificationResult.NO_MATCH);
    }

    @Test
    void hasRecentInvoiceOnlyForTheCustomersOwnInvoicesWithinTheWindow() {
        LocalDate since = LocalDate.of(2025, 11, 20);
        InvoiceNumber recent = InvoiceNumber.parse("ft 2026/000021").orElseThrow();

        assertThat(customers.hasRecentInvoice(code("c0001"), recent, since)).isTrue();
        // older than the window
        assertThat(customers.hasRecentInvoice(
                        code("C0001"), InvoiceNumber.parse("FT2025-000001").orElseThrow(), since))
                .isFalse();
        // another customer's invoice, an unknown code, a customer without invoices
        assertThat(customers.hasRecentInvoice(
                        code("C0001"), InvoiceNumber.parse("FT2026-000025").orElseThrow(), since))
                .isFalse();
        assertThat(customers.hasRecentInvoice(code("C9999"), recent, since)).isFalse();
        assertThat(customers.hasRecentInvoice(code("F0002"), recent, since)).isFalse();
        assertThat(customers.hasRecentInvoice(code("C0001"), null, since)).isFalse();
    }

    @Test
    void prequalificationOfSuppliers() {
        assertThat(customers.prequalification(code("F0001"))).isEqualTo(PrequalificationStatus.PREQUALIFIED);
        assertThat(customers.prequalification(code("F0002"))).isEqualTo(PrequalificationStatus.NOT_PREQUALIFIED);
        assertThat(customers.prequalification(code("C0001"))).isEqualTo(PrequalificationStatus.NOT_SUPPLIER);
        assertThat(customers.prequalification(code("X"))).isEqualTo(PrequalificationStatus.UNKNOWN_CUSTOMER);
        assertThat(customers.findByCustomerCode(code("F0001")).orElseThrow().prequalifiedAt())
                .isEqualTo(Instant.parse("2026-03-15T09:00:00Z"));
    }

    @Test
    void legacyPasswordsOfTheDemoCustomers() {
        assertThat(customers.legacyPassword(code("C0001")).orElseThrow().algorithm())
                .isEqualTo(LegacyPasswordAlgorithm.BCRYPT);
        assertThat(customers.legacyPassword(code("C0003")).orElseThrow().algorithm())
                .isEqualTo(LegacyPasswordAlgorithm.SHA256_SALTED);
        assertThat(customers.legacyPassword(code("C0004")).orElseThrow().algorithm())
                .isEqualTo(LegacyPasswordAlgorithm.PBKDF2_SHA256);
        assertThat(customers.legacyPassword(code("C0002"))).isEmpty();
    }

    @Test
    void clearLegacyPasswordNullsHashAndAlgorithmAndStampsUpdatedAt() {
        customers.clearLegacyPassword(code(" c0001 "));
        customers.clearLegacyPassword(code("C9999"));
        em.flush();
        em.clear();

        assertThat(customers.legacyPassword(code("C0001"))).isEmpty();
        Object[] columns = (Object[]) em.createNativeQuery("select legacy_password_hash, legacy_password_algorithm"
                        + " from customer where customer_code = 'C0001'")
                .getSingleResult();
        assertThat(columns).containsOnlyNulls();
        assertThat(customers.findByCustomerCode(code("C0001")).orElseThrow().updatedAt())
                .isEqualTo(NOW);
        assertThat(customers.legacyPassword(code("C0003"))).isPresent();
    }

    @Test
    void supplyPointsBelongToTheirCustomerOnly() {
        List<SupplyPointRecord> points = supplyPoints.list(code("C0001"));

        assertThat(points)
                .extracting(SupplyPointRecord::commodity)
                .containsExactly(Commodity.ELECTRICITY, Commodity.GAS, Commodity.WATER);
        assertThat(points.get(0).code()).isEqualTo("IT001E12345678");
        assertThat(points.get(1).code()).hasSize(14).containsOnlyDigits();
        assertThat(supplyPoints
                        .owned(code("C0002"), 2002)
                        .map(OwnedSupplyPoint::supplyPoint)
                        .orElseThrow()
                        .hasCorrector())
                .isTrue();
        assertThat(supplyPoints.owned(code("C0002"), 1001).map(OwnedSupplyPoint::supplyPoint))
                .isEmpty();
    }

    @Test
    void invoicesArePagedNewestFirstAndFilteredByIssueDate() {
        List<InvoiceRecord> firstPage = supplyPoints
                .invoices(owned("C0001", 1001), InvoiceQuery.page(0, 3))
                .items();
        List<InvoiceRecord> secondPage = supplyPoints
                .invoices(owned("C0001", 1001), InvoiceQuery.page(3, 3))
                .items();

        assertThat(firstPage).hasSize(3);
        assertThat(firstPage.get(0).issueDate()).isAfter(firstPage.get(2).issueDate());
        assertThat(secondPage.get(0).issueDate()).isBefore(firstPage.get(2).issueDate());
        assertThat(supplyPoints
                        .invoices(owned("C0001", 1001), InvoiceQuery.page(0, 1))
                        .total())
                .isEqualTo(8);

        InvoiceQuery year2026 = new InvoiceQuery(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 0, 100);
        assertThat(supplyPoints.invoices(owned("C0001", 1001), year2026).items())
                .isNotEmpty()
                .allSatisfy(invoice -> assertThat(invoice.issueDate().getYear()).isEqualTo(2026));
        assertThat(supplyPoints.owned(code("C0002"), 1001))
                .as("another customer's supply point")
                .isEmpty();
        assertThat(supplyPoints.invoices(owned("C0001", 1001), InvoiceQuery.page(100, 10)))
                .as("past the last page: no rows, the total counted on its own")
                .satisfies(page -> assertThat(page.items()).isEmpty())
                .satisfies(page -> assertThat(page.total()).isEqualTo(8));
    }

    @Test
    void invoiceDatesDoNotShiftWithTheJvmTimeZone() {
        assertThat(TimeZone.getDefault().getID())
                .as("the module's tests run in an Italian time zone (surefire argLine)")
                .isEqualTo("Europe/Rome");
        InvoiceRecord first = supplyPoints
                .invoice(code("c0001"), invoiceNumber("FT2025-000001"))
                .orElseThrow();

        assertThat(first.issueDate()).isEqualTo(LocalDate.of(2025, 7, 10));
        assertThat(first.periodFrom()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(supplyPoints.invoice(code("C0002"), invoiceNumber("FT2025-000001")))
                .isEmpty();
    }

    @Test
    void consumptionOfAYearIsMonthly() {
        List<ConsumptionRecord> year2025 = supplyPoints.consumption(owned("C0001", 1001), 2025);

        assertThat(year2025).hasSize(12);
        assertThat(year2025)
                .extracting(ConsumptionRecord::month)
                .startsWith(1, 2, 3)
                .endsWith(12);
        assertThat(year2025.get(0).energyKwh()).isPositive();
        assertThat(supplyPoints.consumption(owned("C0001", 1002), 2026).get(0).volumeM3())
                .isPositive();
        assertThat(supplyPoints.owned(code("C0002"), 1001)).isEmpty();
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
            assertThat(customers.findByCustomerCode(code("C0001"))).isPresent();
            assertThat(customers.legacyPassword(code(" c0001 "))).isPresent();
            assertThat(customers.prequalification(code("C0001"))).isEqualTo(PrequalificationStatus.NOT_SUPPLIER);
            assertThat(customers.verify(code("C0001"), taxId("RSSMRA85T10A562S"), null))
                    .isEqualTo(VerificationResult.MATCH);
            assertThat(customers.findByCustomerCode(code("Z9999"))).isEmpty();
            assertThat(customers.findByCustomerCode(code("Z9999"))).isEmpty();

            assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);

            // the next request has a repository of its own and reads the CRM again
            JpaCustomerDirectory next = new JpaCustomerDirectory(em, Clock.fixed(NOW, ZoneOffset.UTC));
            assertThat(next.customers().findByCustomerCode(code("C0001"))).isPresent();
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void readingSubmissionThenAtMostThreeStatements() {
        long statements = countStatements(directory -> {
            // what POST /supply-points/{id}/readings asks: the owned supply point (with its commodity's reading
            // window), the latest readings for the plausibility check, the insert
            OwnedSupplyPoint gas =
                    directory.supplyPoints().owned(code("C0001"), 1002).orElseThrow();
            assertThat(directory.meterReadings().window(gas)).isPresent();
            directory.meterReadings().list(gas, 100);
            directory.meterReadings().submit(gas, LocalDate.of(2026, 11, 20), BigDecimal.TEN, null, "u1");
        });

        assertThat(statements).isLessThanOrEqualTo(3);
    }

    @Test
    void supplyPointPageThenAtMostTwoStatements() {
        long statements = countStatements(directory -> {
            // GET /supply-points/{id}/readings and /consumption: the owned supply point, then its rows
            OwnedSupplyPoint electricity =
                    directory.supplyPoints().owned(code("C0001"), 1001).orElseThrow();
            directory.meterReadings().list(electricity, 100);
        });
        long consumption = countStatements(directory -> {
            OwnedSupplyPoint electricity =
                    directory.supplyPoints().owned(code("C0001"), 1001).orElseThrow();
            assertThat(directory.supplyPoints().consumption(electricity, 2025)).hasSize(12);
        });

        assertThat(statements).isLessThanOrEqualTo(2);
        assertThat(consumption).isLessThanOrEqualTo(2);
    }

    @Test
    void invoicePageThenAtMostTwoStatements() {
        long statements = countStatements(directory -> {
            // GET /supply-points/{id}/invoices: the owned supply point, then the page with its total
            OwnedSupplyPoint electricity =
                    directory.supplyPoints().owned(code("C0001"), 1001).orElseThrow();
            InvoicePage page = directory.supplyPoints().invoices(electricity, InvoiceQuery.page(0, 3));
            assertThat(page.items()).hasSize(3);
            assertThat(page.total()).isEqualTo(8);
        });

        assertThat(statements).isLessThanOrEqualTo(2);
    }

    /** Prepared statements the work sends through a directory of a fresh session. */
    private long countStatements(java.util.function.Consumer<JpaCustomerDirectory> work) {
        Statistics statistics =
                em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            work.accept(new JpaCustomerDirectory(em, Clock.fixed(NOW, ZoneOffset.UTC)));
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void contactChangedInOneSessionThenReadBackChangedInTheSameSession() {
        assertThat(customers.findByCustomerCode(code("C0005")).orElseThrow().phone())
                .isNotEqualTo("+39 055 7654321");

        customers.updateContact(code("C0005"), new ContactDetails(null, "+39 055 7654321", null));

        assertThat(customers.findByCustomerCode(code("C0005")).orElseThrow().phone())
                .isEqualTo("+39 055 7654321");
    }

    @Test
    void updateContactWritesBackAndStampsUpdatedAt() {
        ContactUpdateResult result =
                customers.updateContact(code("C0005"), new ContactDetails(" Stefano.Conti@Example.com ", "+39 1", " "));
        em.flush();
        em.clear();

        assertThat(result).isEqualTo(ContactUpdateResult.UPDATED);
        CustomerRecord stefano = customers.findByCustomerCode(code("C0005")).orElseThrow();
        assertThat(stefano.email()).isEqualTo("stefano.conti@example.com");
        assertThat(stefano.fax()).isNull();
        assertThat(stefano.updatedAt()).isEqualTo(NOW);
        assertThat(customers.changedAfter(ChangeCursor.startingAt(NOW), 10))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0005");
    }

    @Test
    void lockContactReadsTheRowAgainRatherThanWhatTheSessionHasSeen() {
        String seen = customers.findByCustomerCode(code("C0005")).orElseThrow().phone();
        em.createNativeQuery("update customer set phone = '+39 055 9999999' where customer_code = 'C0005'")
                .executeUpdate();

        // the row lock itself, against a concurrent writer, is proven on PostgreSQL by PortalApiIT
        assertThat(customers.lockContact(code("C0005")))
                .get()
                .extracting(ContactDetails::phone)
                .isEqualTo("+39 055 9999999")
                .isNotEqualTo(seen);
        assertThat(customers.lockContact(code("C9999"))).isEmpty();
    }

    @Test
    void updateContactRefusesAnEmailOfAnotherCustomer() {
        assertThat(customers.updateContact(code("C0005"), new ContactDetails("laura.bianchi@EXAMPLE.com", null, null)))
                .isEqualTo(ContactUpdateResult.EMAIL_IN_USE);
        assertThat(customers.updateContact(code("C9999"), new ContactDetails(null, null, null)))
                .isEqualTo(ContactUpdateResult.UNKNOWN_CUSTOMER);
    }

    @Test
    void searchByPrefixOfCodeNameEmailOrTaxIdIsPagedInTheDatabase() {
        assertThat(customers.search("ross", 0, 10))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0001");
        assertThat(customers.search("acqua", 0, 10))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0002");
        assertThat(customers.search("0123", 0, 10))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0002");
        assertThat(customers.search("f", 0, 10))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("F0001", "F0002", "F0003");
        assertThat(customers.count("c00")).isEqualTo(6);
        assertThat(customers.search("c00", 2, 2))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0003", "C0004");
        assertThat(customers.count("")).isEqualTo(9);
        assertThat(customers.search("*", 0, 100)).hasSize(9);
        assertThat(customers.count("%")).as("wildcards are literal").isZero();
        assertThat(customers.count("_0001")).isZero();
    }

    @Test
    void changedAfterIsOrderedByChangeTimeAndGoesOnAfterTheLastCustomerRead() {
        List<CustomerRecord> first =
                customers.changedAfter(ChangeCursor.startingAt(Instant.parse("2026-10-06T00:00:00Z")), 2);
        assertThat(first).extracting(CustomerRecord::customerCode).containsExactly("C0004", "C0005");
        assertThat(customers.changedAfter(ChangeCursor.after(first.get(1)), 2))
                .extracting(CustomerRecord::customerCode)
                .containsExactly("C0006");
    }

    @Test
    void customersChangedAtTheSameInstantArePagedByCodeWithoutLossOrRepeat() {
        em.createNativeQuery("update customer set updated_at = timestamp '2030-01-01 00:00:00'")
                .executeUpdate();
        List<String> walked = new ArrayList<>();
        ChangeCursor cursor = ChangeCursor.startingAt(Instant.parse("2029-12-31T00:00:00Z"));
        // bounded, so that a cursor that does not move on fails instead of looping
        for (List<CustomerRecord> page = customers.changedAfter(cursor, 2);
                !page.isEmpty() && walked.size() < 100;
                page = customers.changedAfter(cursor, 2)) {
            page.forEach(customer -> walked.add(customer.customerCode()));
            cursor = ChangeCursor.after(page.get(page.size() - 1));
        }
        Number all =
                (Number) em.createNativeQuery("select count(*) from customer").getSingleResult();
        assertThat(walked).hasSize(all.intValue()).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void createSupportRequestWhenCodeAndTaxIdBelongTogetherThenTicketLinkedToTheCustomer() {
        long number = tickets.createSupportRequest(person(" c0001 ", "RSSMRA85T10A562S", "Help\nI cannot sign in"));

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
        long wrongTaxId = tickets.createSupportRequest(person("C0001", "BNCLRA90A41F205I", "Help"));
        long unknownCode = tickets.createSupportRequest(person("C9999", "RSSMRA85T10A562S", "Help"));
        long codeOnly = tickets.createSupportRequest(person("C0001", null, "Help"));

        assertThat(ticket(wrongTaxId).getCustomerCode()).isNull();
        assertThat(contact(ticket(wrongTaxId)).getStatedCustomerCode()).isEqualTo("C0001");
        assertThat(contact(ticket(wrongTaxId)).getStatedTaxId()).isEqualTo("BNCLRA90A41F205I");
        assertThat(ticket(unknownCode).getCustomerCode()).isNull();
        assertThat(ticket(codeOnly).getCustomerCode()).isNull();
        assertThat(contact(ticket(codeOnly)).getStatedTaxId()).isNull();
    }

    @Test
    void createSupportRequestNumbersTicketsFromTheSequenceWithoutGaps() {
        long first = tickets.createSupportRequest(person(null, null, "One"));
        long second = tickets.createSupportRequest(person(null, null, "Two"));

        assertThat(first).isPositive();
        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void createSupportRequestFromACompanyKeepsCompanyAndContactPerson() {
        long number = tickets.createSupportRequest(new SupportRequest(
                CustomerKind.COMPANY,
                null,
                null,
                "Acqua Chiara S.r.l.",
                "Giulia Neri",
                code("F0001"),
                taxId("12345670157"),
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

        long number = tickets.createSupportRequest(person(null, null, hostile));

        assertThat(ticket(number).getMessage()).isEqualTo(hostile);
        assertThat(customers.count("")).isEqualTo(9);
    }

    @Test
    void subjectIsTheFirstLineCutAtAWord() {
        assertThat(JpaTickets.subjectOf("\n  First line  \nsecond")).isEqualTo("First line");
        String longLine = "word ".repeat(40);
        String subject = JpaTickets.subjectOf(longLine);
        assertThat(subject)
                .hasSizeLessThanOrEqualTo(JpaTickets.MAX_SUBJECT_LENGTH)
                .endsWith("word…");
        assertThat(JpaTickets.subjectOf("x".repeat(300))).hasSize(JpaTickets.MAX_SUBJECT_LENGTH);
    }

    static CustomerCode code(String code) {
        return CustomerCode.stored(code).orElse(null);
    }

    static TaxId taxId(String taxId) {
        return TaxId.parse(taxId).taxId().orElse(null);
    }

    static InvoiceNumber invoiceNumber(String number) {
        return InvoiceNumber.parse(number).orElseThrow();
    }

    private OwnedSupplyPoint owned(String code, long supplyPointId) {
        return supplyPoints.owned(code(code), supplyPointId).orElseThrow();
    }

    private static SupportRequest person(String code, String taxId, String message) {
        return new SupportRequest(
                CustomerKind.PERSON,
                "Mario",
                "Rossi",
                null,
                null,
                code(code),
                taxId(taxId),
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
