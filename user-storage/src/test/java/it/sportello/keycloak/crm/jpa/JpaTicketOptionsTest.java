package it.sportello.keycloak.crm.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.crm.CustomerCode;
import it.sportello.keycloak.crm.MachineRecord;
import it.sportello.keycloak.crm.PortalTicketCreated;
import it.sportello.keycloak.crm.PortalTicketRequest;
import it.sportello.keycloak.crm.RequestAudience;
import it.sportello.keycloak.crm.RequestTypeRecord;
import it.sportello.keycloak.crm.TicketOptions;
import it.sportello.keycloak.crm.TicketRecord;
import it.sportello.keycloak.crm.Tickets;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The request types and machines of the demo CRM: active types per kind of customer, machines per owner only. */
class JpaTicketOptionsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");

    @RegisterExtension
    static final CrmDirectorySession crm = CrmDirectorySession.at(Clock.fixed(NOW, ZoneOffset.UTC));

    private EntityManager em;
    private TicketOptions options;
    private Tickets tickets;

    @BeforeEach
    void openSession() {
        em = crm.em();
        JpaCustomerDirectory directory = crm.directory();
        options = directory.ticketOptions();
        tickets = directory.tickets();
    }

    @Test
    void demoRequestTypesInTheCrmsOrderWithLabelsPerLanguage() {
        List<RequestTypeRecord> types = options.requestTypes(RequestAudience.RESIDENTIAL);

        assertThat(types)
                .extracting(RequestTypeRecord::code)
                .containsExactly("BILLING", "READINGS", "SUPPLY", "FAULT", "CONTRACT", "OTHER");
        assertThat(types.get(0).label(Locale.ITALIAN)).isEqualTo("Fatture e pagamenti");
        assertThat(types.get(0).label(Locale.ENGLISH)).isEqualTo("Billing and payments");
        assertThat(types.get(0).label(Locale.forLanguageTag("ro"))).isEqualTo("Facturi și plăți");
        assertThat(options.requestTypes(RequestAudience.SUPPLIER)).hasSize(6);
    }

    @Test
    void inactiveTypesAndTypesForOtherCustomersAreNeitherListedNorAccepted() {
        em.createNativeQuery("update tipo_richiesta set attivo = false where codice = 'CONTRACT'")
                .executeUpdate();
        em.createNativeQuery("update tipo_richiesta set per_residenziali = false where codice = 'SUPPLY'")
                .executeUpdate();

        assertThat(options.requestTypes(RequestAudience.RESIDENTIAL))
                .extracting(RequestTypeRecord::code)
                .containsExactly("BILLING", "READINGS", "FAULT", "OTHER");
        assertThat(options.requestType(RequestAudience.RESIDENTIAL, "CONTRACT")).isEmpty();
        assertThat(options.requestType(RequestAudience.RESIDENTIAL, "SUPPLY")).isEmpty();
        assertThat(options.requestType(RequestAudience.BUSINESS, "SUPPLY")).isPresent();
        assertThat(options.requestType(RequestAudience.RESIDENTIAL, "PIZZA")).isEmpty();
        assertThat(options.requestType(RequestAudience.RESIDENTIAL, null)).isEmpty();
    }

    @Test
    void aTicketsTypeIsNamedWhoeverItIsOfferedToAndOnceRetired() {
        em.createNativeQuery("update tipo_richiesta set per_residenziali = false where codice = 'SUPPLY'")
                .executeUpdate();
        em.createNativeQuery("update tipo_richiesta set attivo = false where codice = 'CONTRACT'")
                .executeUpdate();

        assertThat(options.requestType("SUPPLY")).map(RequestTypeRecord::code).contains("SUPPLY");
        assertThat(options.requestType("CONTRACT")).map(RequestTypeRecord::code).contains("CONTRACT");
        assertThat(options.requestType("PIZZA")).isEmpty();
        assertThat(options.requestType(null)).isEmpty();
    }

    @Test
    void machinesAreListedAndFoundForTheirOwnerOnly() {
        assertThat(options.machines(code("F0003")))
                .extracting(MachineRecord::serialNumber)
                .containsExactlyInAnyOrder("MT-2019-00451", "CP-2021-01877", "PL-2016-00093");
        assertThat(options.machines(code("C0001"))).isEmpty();
        assertThat(options.machine(code("F0003"), 1)).isPresent();
        assertThat(options.machine(code("F0003"), 4)).as("F0001's machine").isEmpty();
        assertThat(options.machine(code("F0001"), 4)).isPresent();
    }

    @Test
    void supplierTicketKeepsTheMachineAndItsStateAndRefusesAnotherCustomersMachine() {
        MachineRecord lathe = options.machine(code("F0003"), 1).orElseThrow();
        PortalTicketCreated created = tickets.create(code("F0003"), null, "u1", request(lathe, "STOPPED"));

        TicketRecord ticket = tickets.find(code("F0003"), created.id()).orElseThrow();
        assertThat(ticket.machine()).isEqualTo("Tornio CNC Haas ST-20 (MT-2019-00451)");
        assertThat(ticket.machineState()).isEqualTo("STOPPED");
        assertThat(((Number) em.createNativeQuery("select machine_id from support_ticket where id = ?1")
                                .setParameter(1, created.id())
                                .getSingleResult())
                        .longValue())
                .isEqualTo(1L);

        MachineRecord generator = options.machine(code("F0001"), 4).orElseThrow();
        assertThatThrownBy(() -> tickets.create(code("F0003"), null, "u1", request(generator, "RUNNING")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PortalTicketRequest request(MachineRecord machine, String state) {
        return new PortalTicketRequest(
                "FAULT", machine, "Fermo macchina", state, "Non parte", List.of(), List.of(), "it");
    }

    private static CustomerCode code(String code) {
        return CustomerCode.parse(code).orElseThrow();
    }
}
