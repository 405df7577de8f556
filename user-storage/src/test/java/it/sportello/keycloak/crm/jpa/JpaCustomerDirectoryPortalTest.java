package it.sportello.keycloak.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.crm.Commodity;
import it.sportello.keycloak.crm.Contracts;
import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.CustomerOverview;
import it.sportello.keycloak.crm.Iban;
import it.sportello.keycloak.crm.MeterReadingDeletion;
import it.sportello.keycloak.crm.MeterReadingRecord;
import it.sportello.keycloak.crm.MeterReadingStatus;
import it.sportello.keycloak.crm.MeterReadings;
import it.sportello.keycloak.crm.MeterRecord;
import it.sportello.keycloak.crm.NewTicketAttachment;
import it.sportello.keycloak.crm.NoticeRecord;
import it.sportello.keycloak.crm.NoticeSection;
import it.sportello.keycloak.crm.NoticeSeverity;
import it.sportello.keycloak.crm.Overviews;
import it.sportello.keycloak.crm.OwnedSupplyPoint;
import it.sportello.keycloak.crm.PaymentMethod;
import it.sportello.keycloak.crm.PortalTicketCreated;
import it.sportello.keycloak.crm.PortalTicketRequest;
import it.sportello.keycloak.crm.ReadingWindowRecord;
import it.sportello.keycloak.crm.SupplyContract;
import it.sportello.keycloak.crm.SupplyContractRecord;
import it.sportello.keycloak.crm.SupplyPointRecord;
import it.sportello.keycloak.crm.SupplyPoints;
import it.sportello.keycloak.crm.SupportTicketStatus;
import it.sportello.keycloak.crm.TicketRecord;
import it.sportello.keycloak.crm.TicketStatusChange;
import it.sportello.keycloak.crm.Tickets;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The portal's questions to the CRM: self-readings, reading windows, portal tickets, contract and meter, always per
 * customer.
 */
class JpaCustomerDirectoryPortalTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @RegisterExtension
    static final CrmDirectorySession crm = CrmDirectorySession.at(Clock.fixed(NOW, ZoneOffset.UTC));

    private EntityManager em;
    private SupplyPoints supplyPoints;
    private MeterReadings readings;
    private Tickets tickets;
    private Contracts contracts;
    private Overviews overviews;

    @BeforeEach
    void openSession() {
        em = crm.em();
        JpaCustomerDirectory directory = crm.directory();
        supplyPoints = directory.supplyPoints();
        readings = directory.meterReadings();
        tickets = directory.tickets();
        contracts = directory.contracts();
        overviews = directory.overviews();
    }

    @Test
    void readingsAreStoredNewestFirstOnlyOnTheCustomersOwnSupplyPoints() {
        OwnedSupplyPoint gas = owned("c0001", 1003);
        readings.submit(gas, TODAY.minusDays(1), BigDecimal.TEN, null, "u1");
        MeterReadingRecord today =
                readings.submit(gas, TODAY, new BigDecimal("12.5"), null, "u1").orElseThrow();

        assertThat(readings.list(gas, 10))
                .extracting(MeterReadingRecord::readingDate)
                .containsExactly(TODAY, TODAY.minusDays(1));
        assertThat(today.status()).isEqualTo(MeterReadingStatus.SUBMITTED);
        assertThat(today.deletable()).isTrue();
        assertThat(supplyPoints.owned(code("C0002"), 1003)).isEmpty();
    }

    @Test
    void ownedSupplyPointOnlyForItsCustomerAndWithItsCommodity() {
        OwnedSupplyPoint point = owned(" c0002 ", 2002);

        assertThat(point.customerCode()).isEqualTo(code("C0002"));
        assertThat(point.supplyPoint())
                .extracting(SupplyPointRecord::hasCorrector)
                .isEqualTo(true);
        assertThat(supplyPoints.owned(code("C0002"), 1001)).isEmpty();
        assertThat(supplyPoints.owned(code("C0001"), 999_999)).isEmpty();
        assertThat(supplyPoints.owned(null, 1001)).isEmpty();
    }

    @Test
    void handleNotIssuedByTheDirectoryIsRefused() {
        OwnedSupplyPoint forged = new OwnedSupplyPoint() {
            @Override
            public CustomerCode customerCode() {
                return code("C0002");
            }

            @Override
            public SupplyPointRecord supplyPoint() {
                return owned("C0001", 1003).supplyPoint();
            }
        };

        assertThatThrownBy(() -> readings.list(forged, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> readings.submit(forged, TODAY, BigDecimal.ONE, null, "u2"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void secondReadingOfTheDayIsRefusedByTheDatabaseWithoutFailingTheTransaction() {
        OwnedSupplyPoint electricity = owned("C0001", 1001);
        readings.submit(electricity, TODAY, BigDecimal.ONE, null, "u1");

        assertThat(readings.submit(electricity, TODAY, BigDecimal.TEN, null, "u1"))
                .isEmpty();
        assertThat(em.getTransaction().getRollbackOnly()).isFalse();
        assertThat(readings.list(electricity, 10))
                .singleElement()
                .extracting(MeterReadingRecord::meterValue)
                .satisfies(value -> assertThat(value).isEqualByComparingTo(BigDecimal.ONE));
    }

    @Test
    void readingsAreDeletableUntilAcquiredAndOnlyOnTheirSupplyPoint() {
        OwnedSupplyPoint gas = owned("C0001", 1003);
        String id = readings.submit(gas, TODAY, BigDecimal.ONE, null, "u1")
                .orElseThrow()
                .id();

        assertThat(readings.delete(owned("C0002", 2002), id)).isEqualTo(MeterReadingDeletion.NOT_FOUND);
        assertThat(readings.delete(owned("C0001", 1001), id)).isEqualTo(MeterReadingDeletion.NOT_FOUND);
        assertThat(readings.acquire(id))
                .get()
                .extracting(MeterReadingRecord::status)
                .isEqualTo(MeterReadingStatus.ACQUIRED);
        assertThat(readings.delete(gas, id)).isEqualTo(MeterReadingDeletion.ACQUIRED);
        assertThat(readings.acquire("no-such-reading")).isEmpty();

        String other = readings.submit(gas, TODAY.plusDays(1), BigDecimal.ONE, null, "u1")
                .orElseThrow()
                .id();
        assertThat(readings.delete(gas, other)).isEqualTo(MeterReadingDeletion.DELETED);
        assertThat(readings.list(gas, 10)).extracting(MeterReadingRecord::id).containsExactly(id);
    }

    @Test
    void demoReadingWindowsPerCommodityComeWithTheSupplyPoint() {
        OwnedSupplyPoint gas = owned("C0001", 1002);
        assertThat(gas.supplyPoint().commodity()).isEqualTo(Commodity.GAS);
        assertThat(readings.window(gas)).get().satisfies(w -> {
            assertThat(w.fromDay()).isEqualTo(25);
            assertThat(w.toDay()).isEqualTo(5);
        });
        OwnedSupplyPoint water = owned("C0001", 1003);
        assertThat(water.supplyPoint().commodity()).isEqualTo(Commodity.WATER);
        assertThat(readings.window(water)).isPresent();
    }

    @Test
    void portalTicketKeepsContactsAndAttachmentsAndIsVisibleToItsCustomerOnly() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        PortalTicketCreated created = tickets.create(
                code("c0001"),
                owned("C0001", 1002),
                "u1",
                new PortalTicketRequest(
                        "FAULT",
                        null,
                        "Caldaia ferma",
                        null,
                        "Non parte",
                        List.of("tecnico@example.com"),
                        List.of(new NewTicketAttachment("foto.png", "image/png", png)),
                        "it"));

        TicketRecord ticket = tickets.find(code("C0001"), created.id()).orElseThrow();
        assertThat(ticket.number()).isEqualTo(created.number());
        assertThat(ticket.supplyPointId()).isEqualTo(1002L);
        assertThat(ticket.machine()).isNull();
        assertThat(ticket.machineState()).isNull();
        assertThat(ticket.contacts()).containsExactly("tecnico@example.com");
        assertThat(ticket.locale()).isEqualTo("it");
        assertThat(ticket.attachments()).singleElement().satisfies(a -> assertThat(a.size())
                .isEqualTo(4));
        String attachmentId = ticket.attachments().get(0).id();
        assertThat(tickets.attachment(code("C0001"), created.id(), attachmentId)
                        .orElseThrow()
                        .content())
                .isEqualTo(png);
        assertThat(tickets.list(code("C0001"), 10)).extracting(TicketRecord::id).contains(created.id());

        assertThat(tickets.find(code("C0002"), created.id())).isEmpty();
        assertThat(tickets.attachment(code("C0002"), created.id(), attachmentId))
                .isEmpty();
        assertThat(tickets.list(code("C0002"), 10)).extracting(TicketRecord::id).doesNotContain(created.id());

        TicketStatusChange change = tickets.changeStatus(created.id(), SupportTicketStatus.IN_PROGRESS)
                .orElseThrow();
        assertThat(change.changed()).isTrue();
        assertThat(change.previous()).isEqualTo(SupportTicketStatus.OPEN);
        assertThat(tickets.changeStatus(created.id(), SupportTicketStatus.IN_PROGRESS)
                        .orElseThrow()
                        .changed())
                .isFalse();
    }

    @Test
    void portalTicketAboutAnotherCustomersSupplyPointIsRefused() {
        PortalTicketRequest request =
                new PortalTicketRequest("FAULT", null, "Subject", null, "Text", List.of(), List.of(), "it");

        assertThatThrownBy(() -> tickets.create(code("C0001"), owned("C0002", 2002), "u1", request))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void electricityContractIsTheOneInForceWithItsPowerAndMandate() {
        SupplyContract data = contracts.of(owned("C0001", 1001));

        SupplyContractRecord contract = data.contract().orElseThrow();
        assertThat(contract.offer()).isEqualTo("Luce Sicura Bioraria");
        assertThat(contract.start()).isEqualTo(LocalDate.of(2023, 3, 1));
        assertThat(contract.end()).isNull();
        assertThat(contract.contractedPowerKw()).isEqualByComparingTo(new BigDecimal("4.5"));
        assertThat(contract.availablePowerKw()).isEqualByComparingTo(new BigDecimal("4.95"));
        assertThat(contract.voltage()).isEqualTo("230 V");
        assertThat(contract.useType()).isEqualTo("DOMESTICO_RESIDENTE");
        assertThat(contract.paymentMethod()).isEqualTo(PaymentMethod.SEPA);
        assertThat(contract.iban()).extracting(Iban::masked).isEqualTo("IT** **** **** 3456");
        assertThat(contract.mandateReference()).isEqualTo("SPRT-C0001-0001");
        assertThat(data.meter()).contains(new MeterRecord("E2-2017004571", "SMART_METER", null, null));
    }

    @Test
    void gasMeterWithClassAndCorrector() {
        SupplyContract data = contracts.of(owned("C0002", 2002));

        assertThat(data.meter()).contains(new MeterRecord("G-00345012", "VOLUMETRIC", "G16", "CV-0098123"));
        assertThat(data.contract().orElseThrow().paymentMethod()).isEqualTo(PaymentMethod.BONIFICO);
        assertThat(data.contract().orElseThrow().iban()).isNull();
    }

    @Test
    void supplyPointWithoutContractOrMeterThenBothEmpty() {
        SupplyContract data = contracts.of(owned("C0002", 2003));

        assertThat(data.contract()).isEmpty();
        assertThat(data.meter()).isEmpty();
    }

    @Test
    void contractAndMeterThenTwoStatementsWithTheOwnedSupplyPoint() {
        Statistics statistics =
                em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            JpaCustomerDirectory fresh = new JpaCustomerDirectory(em, Clock.fixed(NOW, ZoneOffset.UTC));
            OwnedSupplyPoint gas = fresh.supplyPoints()
                    .owned(CustomerCode.stored("C0001").orElseThrow(), 1002)
                    .orElseThrow();
            assertThat(fresh.contracts().of(gas).contract()).isPresent();

            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void overviewHasEverySupplyPointWithItsWindowAndTheNewestInvoiceInTwoStatements() {
        Statistics statistics =
                em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            CustomerOverview overview = new JpaCustomerDirectory(em, Clock.fixed(NOW, ZoneOffset.UTC))
                    .overviews()
                    .overview(code("C0001"));

            assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2);
            assertThat(overview.supplyPoints())
                    .extracting(p -> p.supplyPoint().id())
                    .containsExactly(1001L, 1002L, 1003L);
            assertThat(overview.supplyPoints().get(1).window())
                    .isEqualTo(new ReadingWindowRecord(Commodity.GAS, 25, 5, 8, 20));
            assertThat(overview.latestInvoice().orElseThrow().number()).isEqualTo("FT2026-000022");
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        assertThat(overviews.overview(code("F0002")).supplyPoints()).isEmpty();
        assertThat(overviews.overview(code("F0002")).latestInvoice()).isEmpty();
        assertThat(overviews.overview(null).supplyPoints()).isEmpty();
    }

    @Test
    void noticesAreTheCustomersAndTheGeneralOnesValidNowInTheLanguageInOneStatement() {
        Statistics statistics =
                em.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        List<NoticeRecord> italian;
        try {
            italian = overviews.notices(code("C0001"), "it", 10);
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
        } finally {
            statistics.setStatisticsEnabled(false);
        }
        // C0001's own first (same start, higher id), then the general one; never C0002's, the expired or the future
        assertThat(italian).extracting(NoticeRecord::id).containsExactly(11L, 1L);
        assertThat(italian.get(0)).satisfies(n -> {
            assertThat(n.general()).isFalse();
            assertThat(n.severity()).isEqualTo(NoticeSeverity.WARNING);
            assertThat(n.section()).isEqualTo(NoticeSection.READINGS);
            assertThat(n.validUntil()).isNull();
        });
        assertThat(italian.get(1).general()).isTrue();
        assertThat(overviews.notices(code("C0001"), "EN", 10))
                .extracting(NoticeRecord::id)
                .containsExactly(12L, 2L);
        assertThat(overviews.notices(code("C0002"), "it", 10))
                .extracting(NoticeRecord::id)
                .containsExactly(21L, 1L);
        assertThat(overviews.notices(code("C0004"), "ro", 10))
                .extracting(NoticeRecord::id)
                .containsExactly(3L);
        assertThat(overviews.notices(code("C0001"), "de", 10)).isEmpty();
        assertThat(overviews.notices(null, "it", 10)).isEmpty();
    }

    private OwnedSupplyPoint owned(String code, long supplyPointId) {
        return supplyPoints.owned(code(code), supplyPointId).orElseThrow();
    }

    private static CustomerCode code(String code) {
        return CustomerCode.stored(code).orElse(null);
    }
}
