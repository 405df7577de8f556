package it.sportello.keycloak.portal;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.keycloak.crm.Commodity;
import it.sportello.keycloak.crm.ReadingWindowRecord;
import it.sportello.keycloak.portal.consumption.ConsumptionJson;
import it.sportello.keycloak.portal.consumption.ConsumptionMonthJson;
import it.sportello.keycloak.portal.invoices.InvoiceJson;
import it.sportello.keycloak.portal.invoices.InvoicePageJson;
import it.sportello.keycloak.portal.profile.MeJson;
import it.sportello.keycloak.portal.readings.ReadingJson;
import it.sportello.keycloak.portal.readings.ReadingWindowCalendar;
import it.sportello.keycloak.portal.readings.ReadingWindowJson;
import it.sportello.keycloak.portal.supplypoints.SupplyPointJson;
import it.sportello.keycloak.portal.tickets.TicketAttachmentJson;
import it.sportello.keycloak.portal.tickets.TicketCategoryOptionJson;
import it.sportello.keycloak.portal.tickets.TicketCreatedJson;
import it.sportello.keycloak.portal.tickets.TicketDetailsJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text of the portal's bodies, as the console and other clients read it: field names in the schema's order,
 * null fields written, dates as ISO-8601 text and decimals as stored ({@code 1000}, {@code 98.40}, never
 * {@code 1E+3}).
 */
class PortalJsonBodiesTest {

    private static final AddressJson FIRENZE = new AddressJson("Via Roma 1", "50100", "Firenze", "FI");

    @Test
    void meWritesEveryFieldNullOnesToo() {
        assertThat(PortalResponses.write(
                        new MeJson("C0001", "PERSON", "Mario Rossi", null, "+39 055 1", null, FIRENZE, "v1", null)))
                .isEqualTo("{\"customerCode\":\"C0001\",\"kind\":\"PERSON\",\"displayName\":\"Mario Rossi\","
                        + "\"email\":null,\"phone\":\"+39 055 1\",\"fax\":null,\"address\":{\"street\":\"Via Roma 1\","
                        + "\"postalCode\":\"50100\",\"city\":\"Firenze\",\"province\":\"FI\"},"
                        + "\"version\":\"v1\",\"emailConfirmation\":null}");
    }

    @Test
    void missingAddressIsAnAddressOfNulls() {
        assertThat(PortalResponses.write(AddressJson.of(null)))
                .isEqualTo("{\"street\":null,\"postalCode\":null,\"city\":null,\"province\":null}");
    }

    @Test
    void supplyPointKeepsTheBooleanName() {
        assertThat(PortalResponses.write(new SupplyPointJson(1001, "GAS", "00881234567890", FIRENZE, null, true)))
                .startsWith("{\"id\":1001,\"commodity\":\"GAS\",\"code\":\"00881234567890\",\"address\":{")
                .endsWith("},\"meterType\":null,\"hasCorrector\":true}");
    }

    @Test
    void invoicePageWritesDatesAsTextAndAmountsAsStored() {
        InvoiceJson invoice = new InvoiceJson(
                "FT2025-000001",
                LocalDate.of(2025, 1, 31),
                LocalDate.of(2025, 1, 1),
                null,
                new BigDecimal("1000"),
                LocalDate.of(2025, 2, 28),
                "PAID",
                true);
        InvoiceJson cents = new InvoiceJson(
                "FT2025-000002", LocalDate.of(2025, 2, 28), null, null, new BigDecimal("98.40"), null, null, false);

        assertThat(PortalResponses.write(new InvoicePageJson(List.of(invoice, cents), 0, 20, 2)))
                .isEqualTo("{\"items\":[{\"number\":\"FT2025-000001\",\"issueDate\":\"2025-01-31\","
                        + "\"periodFrom\":\"2025-01-01\",\"periodTo\":null,\"amount\":1000,\"dueDate\":\"2025-02-28\","
                        + "\"status\":\"PAID\",\"hasPdf\":true},{\"number\":\"FT2025-000002\","
                        + "\"issueDate\":\"2025-02-28\",\"periodFrom\":null,\"periodTo\":null,\"amount\":98.40,"
                        + "\"dueDate\":null,\"status\":null,\"hasPdf\":false}],\"page\":0,\"size\":20,\"total\":2}");
    }

    @Test
    void consumptionWritesTheMonthsFiguresAsStored() {
        assertThat(PortalResponses.write(new ConsumptionJson(
                        2025,
                        "kWh",
                        List.of(new ConsumptionMonthJson(1, new BigDecimal("260.000"), new BigDecimal("2.6"), null)))))
                .isEqualTo("{\"year\":2025,\"unit\":\"kWh\",\"months\":[{\"month\":1,\"energy\":260.000,"
                        + "\"power\":2.6,\"volume\":null}]}");
    }

    @Test
    void readingAndWindowWriteDatesAsText() {
        assertThat(PortalResponses.write(new ReadingJson(
                        "r-1",
                        LocalDate.of(2026, 3, 2),
                        new BigDecimal("5012.5"),
                        null,
                        "REFUSED",
                        true,
                        "Lettura inferiore alla precedente")))
                .isEqualTo("{\"id\":\"r-1\",\"readingDate\":\"2026-03-02\",\"meterValue\":5012.5,"
                        + "\"correctorValue\":null,\"status\":\"REFUSED\",\"deletable\":true,"
                        + "\"information\":\"Lettura inferiore alla precedente\"}");
        ReadingWindowCalendar.Window march = ReadingWindowCalendar.around(
                new ReadingWindowRecord(Commodity.ELECTRICITY, 1, 31, 8, 24), LocalDateTime.of(2026, 3, 2, 9, 0));
        assertThat(PortalResponses.write(ReadingWindowJson.of(march, List.of(march), ZoneId.of("Europe/Rome"))))
                .isEqualTo("{\"open\":true,\"from\":\"2026-03-01\",\"to\":\"2026-03-31\","
                        + "\"opensAt\":\"2026-03-01T08:00:00+01:00\",\"closesAt\":\"2026-04-01T00:00:00+02:00\","
                        + "\"windows\":[{\"from\":\"2026-03-01\",\"to\":\"2026-03-31\","
                        + "\"opensAt\":\"2026-03-01T08:00:00+01:00\",\"closesAt\":\"2026-04-01T00:00:00+02:00\","
                        + "\"state\":\"OPEN\",\"current\":true}]}");
        assertThat(PortalResponses.write(ReadingWindowJson.NONE))
                .isEqualTo("{\"open\":false,\"from\":null,\"to\":null,\"opensAt\":null,\"closesAt\":null,"
                        + "\"windows\":[]}");
    }

    @Test
    void ticketDetailsWriteInstantsLikeInstantToString() {
        Instant created = Instant.parse("2026-01-05T10:15:30.123456Z");
        Instant updated = Instant.parse("2026-01-05T11:00:00Z");
        TicketDetailsJson ticket = new TicketDetailsJson(
                "t-1",
                42L,
                "FAULT",
                "Caldaia ferma",
                "OPEN",
                null,
                created,
                updated,
                null,
                "Spia rossa",
                "Non parte.",
                List.of("tecnico@example.com"),
                List.of(new TicketAttachmentJson("a-1", "caldaia.png", "image/png", 14)),
                List.of(),
                List.of());

        assertThat(PortalResponses.write(ticket))
                .isEqualTo("{\"id\":\"t-1\",\"number\":42,\"category\":\"FAULT\",\"subject\":\"Caldaia ferma\","
                        + "\"status\":\"OPEN\",\"supplyPointId\":null,\"createdAt\":\"" + created
                        + "\",\"updatedAt\":\"" + updated + "\",\"machine\":null,\"state\":\"Spia rossa\","
                        + "\"description\":\"Non parte.\",\"contacts\":[\"tecnico@example.com\"],"
                        + "\"attachments\":[{\"id\":\"a-1\",\"filename\":\"caldaia.png\",\"contentType\":\"image/png\","
                        + "\"size\":14}],\"messages\":[],\"statusHistory\":[]}");
    }

    @Test
    void ticketCreatedAndCategoryOption() {
        assertThat(PortalResponses.write(new TicketCreatedJson("t-1", 42))).isEqualTo("{\"id\":\"t-1\",\"number\":42}");
        assertThat(PortalResponses.write(new TicketCategoryOptionJson("FAULT", "Guasto")))
                .isEqualTo("{\"id\":\"FAULT\",\"label\":\"Guasto\"}");
    }

    @Test
    void problemWritesDetailAndAnEmptyErrorList() {
        assertThat(PortalResponses.write(new ProblemJson(
                        "urn:sportello:problem:validation",
                        "Some fields are not valid",
                        400,
                        "Check the fields.",
                        List.of(new FieldErrorJson("phone", "Too long.")))))
                .isEqualTo("{\"type\":\"urn:sportello:problem:validation\",\"title\":\"Some fields are not valid\","
                        + "\"status\":400,\"detail\":\"Check the fields.\",\"errors\":[{\"field\":\"phone\","
                        + "\"message\":\"Too long.\"}]}");
        assertThat(PortalResponses.write(new ProblemJson("t", "x", 404, "y", List.of())))
                .endsWith(",\"errors\":[]}");
    }
}
