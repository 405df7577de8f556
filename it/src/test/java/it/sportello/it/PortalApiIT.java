package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMailUtil;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.PortalClient.FilePart;
import it.sportello.it.support.PortalContract;
import it.sportello.it.support.RealmUsers;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.AccessToken;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.testframework.ui.annotations.InjectPage;
import org.keycloak.testframework.ui.annotations.InjectWebDriver;
import org.keycloak.testframework.ui.page.LoginPage;
import org.keycloak.testframework.ui.webdriver.ManagedWebDriver;

/**
 * The portal REST API on a real Keycloak with the demo CRM: every endpoint as the portal web app calls it with the
 * access token of a customer signed in through the login page (authorization code with PKCE), what another customer
 * and an anonymous caller get, bad input answered with problems, and the database deciding between concurrent
 * self-readings. C0001 (Mario Rossi: supply points 1001 electricity, 1002 gas, 1003 water) is the caller, C0002
 * (Acqua Chiara: 2001, 2002 gas with corrector, 2003) the other customer.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class PortalApiIT {

    private static final String ROSSI_PASSWORD = "Rossi-Portale-2026";
    private static final String ACQUA_PASSWORD = "Acqua-Portale-2026";
    private static final String SUPPLIER_PASSWORD = "Adriatiche-Portale-2026";
    private static final ZoneId PORTAL_ZONE = ZoneId.of("Europe/Rome");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @InjectMailServer
    MailServer mail;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);
    private BrowserLogin browser;
    private PortalClient portal;

    @BeforeEach
    void setUp() throws Exception {
        browser = new BrowserLogin(realm, driver, loginPage);
        portal = new PortalClient(realm.getBaseUrl());
        crm.execute("delete from meter_reading where supply_point_id in (1001, 1003, 2001, 2002)");
    }

    @Test
    void tokensCarryTheCustomerCodeAndKind() throws Exception {
        setPassword("c0001", ROSSI_PASSWORD);
        AccessToken token = browser.signIn("C0001", ROSSI_PASSWORD);

        assertThat(token.getOtherClaims())
                .containsEntry("customer_code", "C0001")
                .containsEntry("customer_kind", "PERSON");
    }

    @Test
    void formerPortalPathAnswersLikeTheNewOneAndSaysItIsDeprecated() throws Exception {
        String token = rossi();
        PortalClient former = new PortalClient(realm.getBaseUrl(), "portal");

        HttpResponse<String> current = portal.get("/me", token);
        HttpResponse<String> old = former.get("/me", token);

        assertThat(old.statusCode()).as(old.body()).isEqualTo(200);
        assertThat(PortalClient.json(old)).isEqualTo(PortalClient.json(current));
        assertThat(old.headers().firstValue("Deprecation")).hasValue("@1796601600");
        assertThat(old.headers().firstValue("Link"))
                .hasValue("<" + realm.getBaseUrl() + "/sportello-portal>; rel=\"successor-version\"");
        assertThat(current.headers().firstValue("Deprecation")).isEmpty();
        assertThat(former.get("/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void meSupplyPointsInvoicesPdfAndConsumptionOfTheCaller() throws Exception {
        String token = rossi();

        HttpResponse<String> me = portal.get("/me", token);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        JsonNode meJson = PortalClient.json(me);
        assertThat(meJson.get("customerCode").asText()).isEqualTo("C0001");
        assertThat(meJson.get("kind").asText()).isEqualTo("PERSON");
        assertThat(meJson.get("displayName").asText()).isEqualTo("Mario Rossi");
        assertThat(meJson.get("address").get("city").asText()).isEqualTo("Firenze");

        JsonNode points = PortalClient.json(portal.get("/supply-points", token));
        assertThat(points.findValuesAsText("code")).containsExactly("IT001E12345678", "00881234567890", "W-FI-000001");
        assertThat(points.get(0).get("commodity").asText()).isEqualTo("ELECTRICITY");
        assertThat(points.get(0).get("hasCorrector").asBoolean()).isFalse();

        JsonNode page =
                PortalClient.json(portal.get("/supply-points/1001/invoices?from=2025-01&to=2025-12&size=2", token));
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("items").findValuesAsText("number")).containsExactly("FT2025-000003", "FT2025-000002");
        assertThat(page.get("items").get(0).get("hasPdf").asBoolean()).isTrue();
        assertThat(page.get("items").get(0).get("amount").decimalValue()).isEqualByComparingTo("113.00");
        JsonNode second = PortalClient.json(
                portal.get("/supply-points/1001/invoices?from=2025-01&to=2025-12&size=2&page=1", token));
        assertThat(second.get("items").findValuesAsText("number")).containsExactly("FT2025-000001");

        HttpResponse<byte[]> pdf = portal.getBytes("/invoices/FT2025-000001/pdf", token);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"FT2025-000001.pdf\"");
        assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        JsonNode consumption = PortalClient.json(portal.get("/supply-points/1001/consumption?year=2025", token));
        assertThat(consumption.get("unit").asText()).isEqualTo("kWh");
        assertThat(consumption.get("months")).hasSize(12);
        assertThat(consumption.get("months").get(0).get("energy").decimalValue())
                .isEqualByComparingTo("260");

        HttpResponse<String> csv = portal.get("/supply-points/1001/consumption.csv?year=2025", token);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"consumption-IT001E12345678-2025.csv\"");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).isEqualTo("month,energy_kwh,power_kw,volume_m3");
        assertThat(lines.get(1)).isEqualTo("1,260.000,2.600,");

        JsonNode water = PortalClient.json(portal.get("/supply-points/1003/consumption?year=2025", token));
        assertThat(water.get("unit").asText()).isEqualTo("m3");
    }

    @Test
    void contactChangeGoesThroughTheUserProfileToTheCrm() throws Exception {
        String token = rossi();
        JsonNode me = PortalClient.json(portal.get("/me", token));
        String email = me.get("email").asText();

        HttpResponse<String> saved = portal.putJson(
                "/me/contact",
                token,
                "{\"phone\": \"+39 055 7654321\", \"fax\": \"+39 055 7654322\", \"email\": \"" + email
                        + "\", \"version\": \"" + me.get("version").asText() + "\"}");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(PortalClient.json(saved).get("phone").asText()).isEqualTo("+39 055 7654321");
        assertThat(crm.column("C0001", "phone")).contains("+39 055 7654321");
        assertThat(crm.column("C0001", "fax")).contains("+39 055 7654322");

        HttpResponse<String> invalid =
                portal.putJson("/me/contact", token, "{\"phone\": \"+39 055 1\", \"email\": \"not an address\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("application/problem+json");
        assertThat(PortalClient.json(invalid).get("errors").findValuesAsText("field"))
                .contains("email");
        assertThat(crm.column("C0001", "phone")).contains("+39 055 7654321");

        HttpResponse<String> malformed = portal.putJson("/me/contact", token, "{\"phone\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
    }

    @Test
    void contactChangeFromAStaleVersionIsRefusedAndOfTwoSentAtOnceFromOneVersionOnlyOneIsApplied() throws Exception {
        String token = rossi();
        String edited = version(token);
        // customer service changes the phone in the CRM while the customer is editing
        crm.execute("update customer set phone = '+39 055 1111111' where customer_code = 'C0001'");

        HttpResponse<String> stale = putContact(token, "+39 055 2222222", null, edited);

        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
        assertThat(stale.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(PortalClient.json(stale).get("type").asText()).isEqualTo("urn:sportello:problem:contact-changed");
        assertThat(PortalClient.json(stale).get("title").asText()).isEqualTo("Contact details changed meanwhile");
        assertThat(crm.column("C0001", "phone")).contains("+39 055 1111111");

        String current = version(token);
        assertThat(current).isNotEqualTo(edited);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<HttpResponse<String>> first = pool.submit(() -> putContact(token, "+39 055 3333333", null, current));
            Future<HttpResponse<String>> second =
                    pool.submit(() -> putContact(token, "+39 055 4444444", null, current));
            List<HttpResponse<String>> answers = List.of(first.get(), second.get());

            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> applied = answers.stream()
                    .filter(answer -> answer.statusCode() == 200)
                    .findFirst()
                    .orElseThrow();
            assertThat(crm.column("C0001", "phone"))
                    .contains(PortalClient.json(applied).get("phone").asText());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emailChangeToATakenOrAFreeAddressAnswersTheSameThenNoticeToTheHolderAndVerifiedChangeOfTheFreeOne()
            throws Exception {
        String token = rossi();
        String rossiId = realm.admin().users().search("c0001", true).get(0).getId();
        String original =
                PortalClient.json(portal.get("/me", token)).get("email").asText();
        String taken = "amministrazione@acquachiara.example"; // C0002's address in the CRM
        String free = "mario.rossi." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        int mailsBefore = mail.getReceivedMessages().length;
        try {
            HttpResponse<String> toTaken = changeEmail(token, taken);
            HttpResponse<String> toFree = changeEmail(token, free);

            assertThat(toTaken.statusCode()).as(toTaken.body()).isEqualTo(202);
            assertThat(toFree.statusCode()).as(toFree.body()).isEqualTo(202);
            assertThat(toTaken.headers().firstValue("Content-Type"))
                    .isEqualTo(toFree.headers().firstValue("Content-Type"));
            assertThat(toTaken.body()).isEqualTo(toFree.body());
            assertThat(PortalClient.json(toFree).get("email").asText()).isEqualTo(original);
            assertThat(PortalClient.json(toFree).get("emailConfirmation").asText())
                    .startsWith("If the new address can be used");

            MimeMessage notice = awaitMailTo(taken, mailsBefore);
            assertThat(notice.getSubject())
                    .isIn(
                            "Someone tried to use your email address",
                            "Qualcuno ha provato a usare il tuo indirizzo email");
            assertThat(Mails.plainText(notice))
                    .contains("/realms/customer-portal/sportello-support")
                    .doesNotContain("action-token", "C0001", free);
            MimeMessage confirmation = awaitMailTo(free, mailsBefore);
            String link = Mails.actionLink(confirmation);

            // nothing changed before the link is followed: Keycloak, the CRM and the API still have the old address
            assertThat(realm.admin().users().get(rossiId).toRepresentation().getEmail())
                    .isEqualToIgnoringCase(original);
            assertThat(crm.column("C0001", "email")).get().asString().isEqualToIgnoringCase(original);
            assertThat(crm.column("C0002", "email")).contains(taken);

            driver.open(link);
            assertThat(realm.admin().users().get(rossiId).toRepresentation().getEmail())
                    .isEqualTo(free);
            assertThat(crm.column("C0001", "email")).contains(free);
            assertThat(realm.admin().getEvents(List.of("UPDATE_EMAIL"), null, rossiId, null, null, null, 0, 10))
                    .first()
                    .satisfies(event -> assertThat(event.getDetails())
                            .containsEntry("previous_email", original.toLowerCase(java.util.Locale.ROOT))
                            .containsEntry("updated_email", free));
            // once the change committed, the previous address is told, without the new one
            MimeMessage changed = awaitMailTo(original, mailsBefore);
            assertThat(changed.getSubject())
                    .isIn(
                            "The email address of your account was changed",
                            "L’indirizzo email del tuo account è stato cambiato");
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(changed))
                    .doesNotContain(free)
                    .doesNotContain("action-token");
            assertThat(Arrays.stream(mail.getReceivedMessages())
                            .skip(mailsBefore)
                            .filter(message -> recipients(message).contains(original.toLowerCase(Locale.ROOT))))
                    .hasSize(1);
        } finally {
            UserRepresentation rossi = realm.admin().users().get(rossiId).toRepresentation();
            rossi.setEmail(original);
            realm.admin().users().get(rossiId).update(rossi);
        }
    }

    @Test
    void accountApiEmailChangeAnswersTheSameForATakenAndAFreeAddressAndWritesNothing() throws Exception {
        String token = rossi();
        String original = crm.column("C0001", "email").orElseThrow();
        URI account = URI.create(realm.getBaseUrl() + "/account/");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> current = http.send(
                HttpRequest.newBuilder(account)
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(current.statusCode()).as(current.body()).isEqualTo(200);

        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String address :
                List.of("amministrazione@acquachiara.example", "libero." + UUID.randomUUID() + "@example.com")) {
            JsonNode me = PortalClient.json(current).deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) me).put("email", address);
            answers.add(http.send(
                    HttpRequest.newBuilder(account)
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .header("Accept-Language", "en")
                            .POST(HttpRequest.BodyPublishers.ofString(me.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        assertThat(answers.get(0).statusCode())
                .as(answers.get(0).body())
                .isEqualTo(answers.get(1).statusCode());
        assertThat(answers.get(0).statusCode()).isEqualTo(400);
        assertThat(answers.get(0).body()).isEqualTo(answers.get(1).body()).doesNotContain("emailExists");
        assertThat(crm.column("C0001", "email")).contains(original);
    }

    @Test
    void readingLifecycleWithPlausibilityDuplicatesWithdrawalAndAcquisition() throws Exception {
        String token = rossi();
        LocalDate today = LocalDate.now(PORTAL_ZONE);
        insertReading(1003, today.minusDays(1), "5000", "ACQUIRED");

        JsonNode window = PortalClient.json(portal.get("/supply-points/1003/reading-window", token));
        assertThat(window.get("open").asBoolean()).isTrue();

        HttpResponse<String> lower = portal.postJson("/supply-points/1003/readings", token, "{\"meterValue\": 4999}");
        assertThat(lower.statusCode()).isEqualTo(400);
        assertThat(PortalClient.json(lower).get("errors").get(0).get("field").asText())
                .isEqualTo("meterValue");
        HttpResponse<String> absurd =
                portal.postJson("/supply-points/1003/readings", token, "{\"meterValue\": 200000}");
        assertThat(absurd.statusCode()).isEqualTo(400);
        HttpResponse<String> corrector =
                portal.postJson("/supply-points/1003/readings", token, "{\"meterValue\": 5010, \"correctorValue\": 1}");
        assertThat(corrector.statusCode()).isEqualTo(400);

        HttpResponse<String> created =
                portal.postJson("/supply-points/1003/readings", token, "{\"meterValue\": 5012.5}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode reading = PortalClient.json(created);
        String id = reading.get("id").asText();
        assertThat(reading.get("readingDate").asText()).isEqualTo(today.toString());
        assertThat(reading.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(reading.get("deletable").asBoolean()).isTrue();
        assertThat(created.headers().firstValue("Location")).get().asString().endsWith("/readings/" + id);

        HttpResponse<String> again = portal.postJson("/supply-points/1003/readings", token, "{\"meterValue\": 5013}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(PortalClient.json(again).get("type").asText()).isEqualTo("urn:sportello:problem:reading-exists");

        JsonNode list = PortalClient.json(portal.get("/supply-points/1003/readings", token));
        assertThat(list.findValuesAsText("id")).hasSize(2).first().isEqualTo(id);

        assertThat(portal.delete("/supply-points/1003/readings/" + id, token).statusCode())
                .isEqualTo(204);
        HttpResponse<String> resubmitted =
                portal.postJson("/supply-points/1003/readings", token, "{\"meterValue\": 5013}");
        assertThat(resubmitted.statusCode()).isEqualTo(201);
        String second = PortalClient.json(resubmitted).get("id").asText();

        assertThat(adminPost("/readings/" + second + "/acquire", null).statusCode())
                .isEqualTo(204);
        assertThat(adminPost("/readings/" + UUID.randomUUID() + "/acquire", null)
                        .statusCode())
                .isEqualTo(404);
        JsonNode acquired = PortalClient.json(portal.get("/supply-points/1003/readings", token))
                .get(0);
        assertThat(acquired.get("status").asText()).isEqualTo("ACQUIRED");
        assertThat(acquired.get("deletable").asBoolean()).isFalse();
        HttpResponse<String> refused = portal.delete("/supply-points/1003/readings/" + second, token);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(PortalClient.json(refused).get("type").asText()).isEqualTo("urn:sportello:problem:reading-acquired");
    }

    @Test
    void correctorValueIsRequiredWhenTheMeterHasOne() throws Exception {
        String token = acqua();
        HttpResponse<String> missing = portal.postJson("/supply-points/2002/readings", token, "{\"meterValue\": 10}");
        if (PortalClient.json(portal.get("/supply-points/2002/reading-window", token))
                .get("open")
                .asBoolean()) {
            assertThat(missing.statusCode()).isEqualTo(400);
            assertThat(PortalClient.json(missing)
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asText())
                    .isEqualTo("correctorValue");
            assertThat(portal.postJson(
                                    "/supply-points/2002/readings",
                                    token,
                                    "{\"meterValue\": 10, \"correctorValue\": 9.5}")
                            .statusCode())
                    .isEqualTo(201);
        } else {
            // outside the demo gas window (25th to 5th) the body is still checked first
            assertThat(missing.statusCode()).isEqualTo(400);
        }
    }

    @Test
    void closedWindowRefusesReadingsWith409() throws Exception {
        String token = rossi();
        int today = LocalDate.now(PORTAL_ZONE).getDayOfMonth();
        int closedDay = today == 1 ? 2 : 1;
        crm.execute(
                "update reading_window set from_day = ?, to_day = ? where commodity = 'WATER'", closedDay, closedDay);
        try {
            JsonNode window = PortalClient.json(portal.get("/supply-points/1003/reading-window", token));
            assertThat(window.get("open").asBoolean()).isFalse();
            assertThat(LocalDate.parse(window.get("from").asText())).isAfter(LocalDate.now(PORTAL_ZONE));

            HttpResponse<String> refused =
                    portal.postJson("/supply-points/1003/readings", token, "{\"meterValue\": 1}");
            assertThat(refused.statusCode()).isEqualTo(409);
            assertThat(PortalClient.json(refused).get("type").asText())
                    .isEqualTo("urn:sportello:problem:reading-window-closed");
            assertThat(crm.number("select count(*) from meter_reading where supply_point_id = 1003"))
                    .isZero();
        } finally {
            crm.execute("update reading_window set from_day = 1, to_day = 31 where commodity = 'WATER'");
        }
    }

    @Test
    void fiftyConcurrentSubmissionsOfTheSameDayStoreExactlyOne() throws Exception {
        String token = rossi();
        int threads = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String value = Integer.toString(1000 + i);
                answers.add(pool.submit(() -> {
                    start.await();
                    return portal.postJson("/supply-points/1001/readings", token, "{\"meterValue\": " + value + "}")
                            .statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(threads - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(crm.number(
                        "select count(*) from meter_reading where supply_point_id = 1001 and reading_date = ?",
                        Date.valueOf(LocalDate.now(PORTAL_ZONE))))
                .isEqualTo(1);
    }

    @Test
    void ticketWithAttachmentIsStoredListedDownloadedAndMailedToTheContacts() throws Exception {
        String token = rossi();
        int mailsBefore = mail.getReceivedMessages().length;
        Map<String, String> fields = ticketFields();
        fields.put("supplyPointId", "1002");
        fields.put("contacts", "Tecnico@Example.com, ufficio@example.com");

        HttpResponse<String> created = portal.postMultipart(
                "/tickets", token, fields, List.of(new FilePart("attachments", "caldaia.png", "image/png", PNG)));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode ticket = PortalClient.json(created);
        String id = ticket.get("id").asText();
        long number = ticket.get("number").asLong();
        assertThat(number).isPositive();

        JsonNode list = PortalClient.json(portal.get("/tickets", token));
        assertThat(list.findValuesAsText("id")).contains(id);
        JsonNode details = PortalClient.json(portal.get("/tickets/" + id, token));
        assertThat(details.get("category").asText()).isEqualTo("FAULT");
        assertThat(details.get("status").asText()).isEqualTo("OPEN");
        assertThat(details.get("supplyPointId").asLong()).isEqualTo(1002);
        assertThat(details.get("machine").isNull()).isTrue();
        assertThat(details.get("contacts").toString()).contains("tecnico@example.com", "ufficio@example.com");
        JsonNode attachment = details.get("attachments").get(0);
        assertThat(attachment.get("filename").asText()).isEqualTo("caldaia.png");
        assertThat(attachment.get("contentType").asText()).isEqualTo("image/png");
        assertThat(attachment.get("size").asLong()).isEqualTo(PNG.length);

        HttpResponse<byte[]> content = portal.getBytes(
                "/tickets/" + id + "/attachments/" + attachment.get("id").asText(), token);
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(PNG);
        assertThat(content.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("image/png");

        MimeMessage toContact = awaitMailTo("tecnico@example.com", mailsBefore);
        assertThat(toContact.getSubject()).contains(Long.toString(number));
        assertThat(GreenMailUtil.getBody(toContact)).doesNotContain("Non parte");

        String version = portal.send(adminRequest("/tickets/" + id).GET().build())
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(portal.send(adminRequest("/tickets/" + id + "/status")
                                .header("If-Match", version)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"status\": \"IN_PROGRESS\"}"))
                                .build())
                        .statusCode())
                .isEqualTo(204);
        assertThat(PortalClient.json(portal.get("/tickets/" + id, token))
                        .get("status")
                        .asText())
                .isEqualTo("IN_PROGRESS");
        assertThat(portal.send(adminRequest("/tickets/" + id + "/status")
                                .header("If-Match", "\"999\"")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"status\": \"LOST\"}"))
                                .build())
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void ticketFormRefusesBadInputWithProblems() throws Exception {
        String token = rossi();
        long ticketsBefore = crm.number("select count(*) from support_ticket where customer_code = 'C0001'");

        HttpResponse<String> json = portal.postJson("/tickets", token, "{\"subject\": \"x\"}");
        assertThat(json.statusCode()).isEqualTo(415);

        Map<String, String> missing = new LinkedHashMap<>();
        // a blank category is the form's own error; an unknown one (the CRM's answer) is checked once the form is whole
        missing.put("category", " ");
        HttpResponse<String> invalid = portal.postMultipart("/tickets", token, missing, List.of());
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(PortalClient.json(invalid).get("errors").findValuesAsText("field"))
                .contains("category", "subject", "description");

        Map<String, String> foreignPoint = ticketFields();
        foreignPoint.put("supplyPointId", "2001");
        HttpResponse<String> foreign = portal.postMultipart("/tickets", token, foreignPoint, List.of());
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(PortalClient.json(foreign).get("errors").findValuesAsText("field"))
                .contains("supplyPointId");

        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> disguised = portal.postMultipart(
                "/tickets",
                token,
                ticketFields(),
                List.of(new FilePart("attachments", "photo.png", "image/png", html)));
        assertThat(disguised.statusCode()).isEqualTo(415);
        assertThat(PortalClient.json(disguised).get("type").asText())
                .isEqualTo("urn:sportello:problem:unsupported-attachment-type");

        byte[] big = new byte[(int) SportelloServerConfig.PORTAL_MAX_ATTACHMENT + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        HttpResponse<String> tooLarge = portal.postMultipart(
                "/tickets", token, ticketFields(), List.of(new FilePart("attachments", "big.png", "image/png", big)));
        assertThat(tooLarge.statusCode()).isEqualTo(413);

        List<FilePart> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new FilePart("attachments", "p" + i + ".png", "image/png", PNG));
        }
        assertThat(portal.postMultipart("/tickets", token, ticketFields(), six).statusCode())
                .isEqualTo(400);
        assertThat(crm.number("select count(*) from support_ticket where customer_code = 'C0001'"))
                .as("no refused ticket stored")
                .isEqualTo(ticketsBefore);
    }

    @Test
    void requestTypesComeFromTheCrmInTheCallersLanguageAndOnlyAnActiveOneOfTheCallersKindIsAccepted() throws Exception {
        String token = rossi();
        crm.execute("delete from tipo_richiesta where codice like 'IT_%'");
        insertRequestType("IT_PERDITA", "Perdita d'acqua", "Water leak", true, false, true);
        insertRequestType("IT_VECCHIO", "Tipo dismesso", "Retired type", true, true, false);
        insertRequestType("IT_FORNITORI", "Solo fornitori", "Suppliers only", false, true, true);
        try {
            JsonNode italian = PortalClient.json(categories(token, "it"));
            assertThat(italian.findValuesAsText("id"))
                    .containsExactly("BILLING", "READINGS", "SUPPLY", "FAULT", "CONTRACT", "OTHER", "IT_PERDITA");
            assertThat(italian.get(0).get("label").asText()).isEqualTo("Fatture e pagamenti");
            assertThat(italian.get(6).get("label").asText()).isEqualTo("Perdita d'acqua");
            JsonNode english = PortalClient.json(categories(token, "en"));
            assertThat(english.get(0).get("label").asText()).isEqualTo("Billing and payments");
            assertThat(english.get(6).get("label").asText()).isEqualTo("Water leak");
            JsonNode romanian = PortalClient.json(categories(token, "ro"));
            assertThat(romanian.get(6).get("label").asText())
                    .as("no Romanian label: Italian")
                    .isEqualTo("Perdita d'acqua");

            long ticketsBefore = crm.number("select count(*) from support_ticket where customer_code = 'C0001'");
            for (String refused : List.of("PIZZA", "IT_VECCHIO", "IT_FORNITORI", "fault")) {
                Map<String, String> fields = ticketFields();
                fields.put("category", refused);
                HttpResponse<String> answer = postTicket(token, fields, "en");
                assertThat(answer.statusCode()).as(refused).isEqualTo(400);
                JsonNode problem = PortalClient.json(answer);
                assertThat(problem.get("errors").findValuesAsText("field"))
                        .as(refused)
                        .containsExactly("category");
                assertThat(problem.get("errors").get(0).get("message").asText())
                        .isEqualTo("Choose a category from the list.");
            }
            Map<String, String> unknown = ticketFields();
            unknown.put("category", "PIZZA");
            assertThat(PortalClient.json(postTicket(token, unknown, "ro"))
                            .get("errors")
                            .get(0)
                            .get("message")
                            .asText())
                    .isEqualTo("Alegeți o categorie din listă.");
            assertThat(crm.number("select count(*) from support_ticket where customer_code = 'C0001'"))
                    .as("no refused ticket stored")
                    .isEqualTo(ticketsBefore);

            Map<String, String> leak = ticketFields();
            leak.put("category", "IT_PERDITA");
            String contact = "idraulico-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            leak.put("contacts", contact);
            HttpResponse<String> created = postTicket(token, leak, "it");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(crm.number(
                            "select count(*) from support_ticket where id = ? and category = 'IT_PERDITA'",
                            PortalClient.json(created).get("id").asText()))
                    .isEqualTo(1);
            MimeMessage toContact = awaitTicketMailTo(
                    contact, PortalClient.json(created).get("number").asLong());
            assertThat(Mails.plainText(toContact))
                    .as("a type only the CRM knows is named by its CRM label, not by a message key")
                    .contains("Perdita d'acqua")
                    .doesNotContain("portalTicketCategory");
        } finally {
            crm.execute("delete from tipo_richiesta where codice like 'IT_%'");
        }
    }

    @Test
    void supplierNamesOneOfItsOwnMachinesWithItsStateAndNeverAnotherCustomersMachine() throws Exception {
        setPassword("f0003", SUPPLIER_PASSWORD);
        String supplier = browser.signInForToken("F0003", SUPPLIER_PASSWORD);
        JsonNode machines = PortalClient.json(portal.get("/tickets/machines", supplier));
        assertThat(machines.findValuesAsText("serialNumber"))
                .containsExactlyInAnyOrder("MT-2019-00451", "CP-2021-01877", "PL-2016-00093");
        assertThat(machines.findValuesAsText("id")).containsExactlyInAnyOrder("1", "2", "3");
        assertThat(PortalClient.json(portal.get("/tickets/machines", rossi())))
                .as("C0001 has none")
                .isEmpty();

        long ticketsBefore = crm.number("select count(*) from support_ticket where customer_code = 'F0003'");
        Map<String, String> foreign = ticketFields();
        foreign.put("machineId", "4");
        foreign.put("machineState", "STOPPED");
        HttpResponse<String> refused = postTicket(supplier, foreign, "en");
        assertThat(refused.statusCode()).as("F0001's machine").isEqualTo(400);
        assertThat(PortalClient.json(refused).get("errors").findValuesAsText("field"))
                .containsExactly("machineId");
        assertThat(PortalClient.json(refused)
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asText())
                .isEqualTo("Choose one of your machines.");
        Map<String, String> noState = ticketFields();
        noState.put("machineId", "1");
        assertThat(PortalClient.json(postTicket(supplier, noState, "it"))
                        .get("errors")
                        .findValuesAsText("field"))
                .containsExactly("machineState");
        assertThat(crm.number("select count(*) from support_ticket where customer_code = 'F0003'"))
                .as("no refused ticket stored")
                .isEqualTo(ticketsBefore);

        Map<String, String> fields = ticketFields();
        fields.put("machineId", "1");
        fields.put("machineState", "DEGRADED");
        HttpResponse<String> created = postTicket(supplier, fields, "it");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = PortalClient.json(created).get("id").asText();
        JsonNode details = PortalClient.json(portal.get("/tickets/" + id, supplier));
        assertThat(details.get("machine").asText()).isEqualTo("Tornio CNC Haas ST-20 (MT-2019-00451)");
        assertThat(details.get("state").asText()).isEqualTo("DEGRADED");
        assertThat(crm.number("select machine_id from support_ticket where id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void anotherCustomersIdsAreNotFoundOnEveryEndpoint() throws Exception {
        String other = acqua();
        Map<String, String> fields = ticketFields();
        HttpResponse<String> theirTicket = portal.postMultipart(
                "/tickets", other, fields, List.of(new FilePart("attachments", "a.png", "image/png", PNG)));
        assertThat(theirTicket.statusCode()).as(theirTicket.body()).isEqualTo(201);
        String ticketId = PortalClient.json(theirTicket).get("id").asText();
        String attachmentId = PortalClient.json(portal.get("/tickets/" + ticketId, other))
                .get("attachments")
                .get(0)
                .get("id")
                .asText();
        String readingId = insertReading(2001, LocalDate.now(PORTAL_ZONE).minusDays(3), "100", "SUBMITTED");

        String token = rossi();
        for (String path : List.of(
                "/supply-points/2001/invoices",
                "/supply-points/2001/consumption?year=2025",
                "/supply-points/2001/consumption.csv?year=2025",
                "/supply-points/2001/readings",
                "/supply-points/2001/reading-window",
                "/supply-points/abc/readings",
                "/invoices/FT2026-000007/pdf",
                "/invoices/NO-SUCH-INVOICE/pdf",
                "/tickets/" + ticketId,
                "/tickets/" + ticketId + "/attachments/" + attachmentId)) {
            HttpResponse<String> response = portal.get(path, token);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(PortalClient.json(response).get("type").asText())
                    .as(path)
                    .isEqualTo("urn:sportello:problem:not-found");
        }
        assertThat(portal.postJson("/supply-points/2001/readings", token, "{\"meterValue\": 200}")
                        .statusCode())
                .isEqualTo(404);
        assertThat(portal.delete("/supply-points/2001/readings/" + readingId, token)
                        .statusCode())
                .isEqualTo(404);
        assertThat(portal.delete("/supply-points/1001/readings/" + readingId, token)
                        .statusCode())
                .isEqualTo(404);
        assertThat(crm.number("select count(*) from meter_reading where id = ?", readingId))
                .isEqualTo(1);
        assertThat(PortalClient.json(portal.get("/tickets", token)).findValuesAsText("id"))
                .doesNotContain(ticketId);
    }

    @Test
    void withoutAValidTokenEveryEndpointAnswers401() throws Exception {
        for (String path : List.of(
                "/me",
                "/supply-points",
                "/supply-points/1001/invoices",
                "/supply-points/1001/consumption",
                "/supply-points/1001/consumption.csv",
                "/supply-points/1001/readings",
                "/supply-points/1001/reading-window",
                "/invoices/FT2025-000001/pdf",
                "/tickets",
                "/tickets/categories",
                "/tickets/machines",
                "/tickets/x")) {
            HttpResponse<String> none = portal.get(path, null);
            assertThat(none.statusCode()).as(path).isEqualTo(401);
            assertThat(none.headers().firstValue("Content-Type"))
                    .get()
                    .asString()
                    .startsWith("application/problem+json");
            assertThat(portal.get(path, "not-a-token").statusCode()).as(path).isEqualTo(401);
        }
        assertThat(portal.postJson("/supply-points/1001/readings", null, "{\"meterValue\": 1}")
                        .statusCode())
                .isEqualTo(401);
        assertThat(portal.putJson("/me/contact", null, "{}").statusCode()).isEqualTo(401);
        assertThat(portal.delete("/supply-points/1001/readings/x", null).statusCode())
                .isEqualTo(401);
        assertThat(crm.number("select count(*) from meter_reading where supply_point_id = 1001"))
                .isZero();
    }

    @Test
    void tokenOfAnotherClientOfTheRealmThen401ProblemUnlessItCarriesThePortalAudience() throws Exception {
        String rossi = rossi();
        assertThat(portal.get("/me", rossi).statusCode())
                .as("portal-web's token")
                .isEqualTo(200);
        ClientRepresentation partner = new ClientRepresentation();
        partner.setClientId("partner-app-" + UUID.randomUUID());
        partner.setSecret("partner-secret");
        partner.setPublicClient(false);
        partner.setStandardFlowEnabled(false);
        partner.setDirectAccessGrantsEnabled(true);
        String partnerId;
        try (jakarta.ws.rs.core.Response created = realm.admin().clients().create(partner)) {
            assertThat(created.getStatus()).isEqualTo(201);
            partnerId = realm.admin()
                    .clients()
                    .findByClientId(partner.getClientId())
                    .get(0)
                    .getId();
        }
        try {
            String foreign = passwordGrant(partner.getClientId(), "partner-secret", "C0001", ROSSI_PASSWORD)
                    .get("access_token")
                    .asText();

            for (String path : List.of(
                    "/me",
                    "/supply-points",
                    "/tickets",
                    "/tickets/categories",
                    "/tickets/machines",
                    "/company/members")) {
                HttpResponse<String> refused = portal.send(portal.request(path, foreign)
                        .header("Accept-Language", "en")
                        .GET()
                        .build());
                assertThat(refused.statusCode()).as(path).isEqualTo(401);
                assertThat(refused.headers().firstValue("Content-Type"))
                        .get()
                        .asString()
                        .startsWith("application/problem+json");
                assertThat(PortalClient.json(refused).get("type").asText())
                        .isEqualTo("urn:sportello:problem:unauthorized");
                assertThat(PortalClient.json(refused).get("title").asText()).isNotBlank();
            }
            assertThat(portal.putJson("/me/contact", foreign, "{\"phone\": \"+39 055 1\"}")
                            .statusCode())
                    .isEqualTo(401);

            // the same client with the portal's audience mapper (as on portal-web in the realm export): accepted
            ProtocolMapperRepresentation audience = new ProtocolMapperRepresentation();
            audience.setName("sportello portal audience");
            audience.setProtocol("openid-connect");
            audience.setProtocolMapper("oidc-audience-mapper");
            audience.setConfig(Map.of("included.custom.audience", "sportello-portal", "access.token.claim", "true"));
            realm.admin()
                    .clients()
                    .get(partnerId)
                    .getProtocolMappers()
                    .createMapper(audience)
                    .close();
            String withAudience = passwordGrant(partner.getClientId(), "partner-secret", "C0001", ROSSI_PASSWORD)
                    .get("access_token")
                    .asText();
            HttpResponse<String> accepted = portal.get("/me", withAudience);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
            assertThat(PortalClient.json(accepted).get("customerCode").asText()).isEqualTo("C0001");
        } finally {
            realm.admin().clients().get(partnerId).remove();
        }
    }

    @Test
    void passwordGrantIsOffForAdminCliAndPortalWebInTheCustomerRealm() throws Exception {
        setPassword("c0001", ROSSI_PASSWORD);
        for (String client : List.of("admin-cli", "portal-web")) {
            HttpResponse<String> refused = tokenEndpoint(client, null, "C0001", ROSSI_PASSWORD);
            assertThat(refused.statusCode())
                    .as("%s: %s", client, refused.body())
                    .isIn(400, 401);
            assertThat(PortalClient.json(refused).get("error").asText())
                    .as(client)
                    .isEqualTo("unauthorized_client");
        }
        // the import kept the rest of Keycloak's admin-cli
        ClientRepresentation adminCli =
                realm.admin().clients().findByClientId("admin-cli").get(0);
        assertThat(adminCli.isPublicClient()).isTrue();
        assertThat(adminCli.isEnabled()).isTrue();
        assertThat(adminCli.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(adminCli.isStandardFlowEnabled()).isFalse();
    }

    @Test
    void badParametersAre400ProblemsInTheCallersLanguage() throws Exception {
        String token = rossi();

        HttpResponse<String> month = portal.send(portal.request("/supply-points/1001/invoices?from=2025-13", token)
                .header("Accept-Language", "en")
                .GET()
                .build());
        assertThat(month.statusCode()).isEqualTo(400);
        JsonNode problem = PortalClient.json(month);
        assertThat(problem.get("type").asText()).isEqualTo("urn:sportello:problem:bad-request");
        assertThat(problem.get("title").asText()).isEqualTo("Invalid request");
        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("from");
        assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("Use the format YYYY-MM.");

        HttpResponse<String> italian = portal.send(portal.request("/supply-points/1001/consumption?year=abc", token)
                .header("Accept-Language", "it")
                .GET()
                .build());
        assertThat(italian.statusCode()).isEqualTo(400);
        assertThat(PortalClient.json(italian).get("title").asText()).isEqualTo("Richiesta non valida");

        assertThat(portal.get("/supply-points/1001/invoices?size=1000", token).statusCode())
                .isEqualTo(400);
        assertThat(portal.get("/supply-points/1001/invoices?from=2025-06&to=2025-01", token)
                        .statusCode())
                .isEqualTo(400);
        assertThat(portal.postJson("/supply-points/1001/readings", token, "not json")
                        .statusCode())
                .isEqualTo(400);
        assertThat(portal.postJson("/supply-points/1001/readings", token, "{\"meterValue\": \"lots\"}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void browsersMayCallFromThePortalWebOriginOnly() throws Exception {
        String token = rossi();
        HttpResponse<String> preflight = portal.send(portal.request("/supply-points/1001/readings", null)
                .header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .get()
                .asString()
                .contains("POST");

        HttpResponse<String> allowed = portal.send(portal.request("/supply-points", token)
                .header("Origin", "http://localhost:3000")
                .GET()
                .build());
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("http://localhost:3000");

        HttpResponse<String> foreign = portal.send(portal.request("/supply-points", token)
                .header("Origin", "https://evil.example")
                .GET()
                .build());
        assertThat(foreign.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void openApiDescriptionIsServedAsInThePortalJar() throws Exception {
        HttpResponse<String> yaml = portal.get("/openapi.yaml", null);
        assertThat(yaml.statusCode()).isEqualTo(200);
        // the document every answer of these tests is checked against is the one the server publishes
        assertThat(yaml.body()).isEqualTo(PortalContract.document());
    }

    private Map<String, String> ticketFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", "FAULT");
        fields.put("subject", "Caldaia ferma");
        fields.put("description", "Non parte da ieri sera.");
        return fields;
    }

    private void insertRequestType(
            String code, String italian, String english, boolean residential, boolean supplier, boolean active)
            throws Exception {
        crm.execute(
                "insert into tipo_richiesta (codice, descrizione_it, descrizione_en, descrizione_ro, per_residenziali,"
                        + " per_business, per_fornitori, attivo, ordine) values (?, ?, ?, null, ?, ?, ?, ?, 900)",
                code,
                italian,
                english,
                residential,
                true,
                supplier,
                active);
    }

    private HttpResponse<String> categories(String token, String language) throws Exception {
        return portal.send(portal.request("/tickets/categories", token)
                .header("Accept-Language", language)
                .GET()
                .build());
    }

    private HttpResponse<String> postTicket(String token, Map<String, String> fields, String language)
            throws Exception {
        return portal.postMultipart("/tickets", token, fields, List.of(), language);
    }

    private String insertReading(long supplyPoint, LocalDate date, String value, String status) throws Exception {
        String id = UUID.randomUUID().toString();
        crm.execute(
                "insert into meter_reading (id, supply_point_id, reading_date, meter_value, corrector_value, status,"
                        + " submitted_by, created_at) values (?, ?, ?, ?, null, ?, null, ?)",
                id,
                supplyPoint,
                Date.valueOf(date),
                new java.math.BigDecimal(value),
                status,
                Timestamp.from(Instant.now()));
        return id;
    }

    private HttpRequest.Builder adminRequest(String path) {
        return HttpRequest.newBuilder(URI.create(
                        realm.getBaseUrl().replace("/realms/", "/admin/realms/") + "/sportello-portal" + path))
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString());
    }

    private HttpResponse<String> adminPost(String path, String json) throws Exception {
        HttpRequest.Builder request = adminRequest(path);
        if (json == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        }
        // through the portal client, so the back office's answers are checked against the contract too
        return portal.send(request.build());
    }

    private HttpResponse<String> changeEmail(String token, String email) throws Exception {
        return putContact(token, "+39 055 1234567", email, version(token));
    }

    private HttpResponse<String> putContact(String token, String phone, String email, String version) throws Exception {
        String body = "{\"phone\": \"" + phone + "\", \"email\": " + (email == null ? "null" : "\"" + email + "\"")
                + ", \"version\": \"" + version + "\"}";
        return portal.send(portal.request("/me/contact", token)
                .header("Content-Type", "application/json")
                .header("Accept-Language", "en")
                .PUT(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private String version(String token) throws Exception {
        return PortalClient.json(portal.get("/me", token)).get("version").asText();
    }

    private JsonNode passwordGrant(String clientId, String secret, String username, String password) throws Exception {
        HttpResponse<String> response = tokenEndpoint(clientId, secret, username, password);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return PortalClient.json(response);
    }

    private HttpResponse<String> tokenEndpoint(String clientId, String secret, String username, String password)
            throws Exception {
        StringBuilder form = new StringBuilder("grant_type=password&scope=openid");
        form.append("&client_id=").append(encode(clientId));
        if (secret != null) {
            form.append("&client_secret=").append(encode(secret));
        }
        form.append("&username=").append(encode(username)).append("&password=").append(encode(password));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(realm.getBaseUrl() + "/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(address -> address.toString().toLowerCase(Locale.ROOT))
                    .toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private MimeMessage awaitMailTo(String address, int mailsBefore) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage[] messages = mail.getReceivedMessages();
            for (int i = mailsBefore; i < messages.length; i++) {
                for (var recipient : messages[i].getRecipients(Message.RecipientType.TO)) {
                    if (recipient.toString().equalsIgnoreCase(address)) {
                        return messages[i];
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail to " + address);
    }

    /**
     * The mail to the address about ticket {@code number}, found by the number in the subject: GreenMail lists the
     * received mails grouped by mailbox, not in arrival order, and ticket mails go out after the response.
     */
    private MimeMessage awaitTicketMailTo(String address, long number) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                boolean aboutTicket = message.getSubject().matches(".*\\b" + number + "\\b.*");
                for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
                    if (aboutTicket && recipient.toString().equalsIgnoreCase(address)) {
                        return message;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No mail about ticket " + number + " to " + address);
    }

    private String rossi() throws Exception {
        setPassword("c0001", ROSSI_PASSWORD);
        return browser.signInForToken("C0001", ROSSI_PASSWORD);
    }

    private String acqua() throws Exception {
        setPassword("c0002", ACQUA_PASSWORD);
        return browser.signInForToken("C0002", ACQUA_PASSWORD);
    }

    /** The customers' portal passwords, set as an administrator would; other suites change the CRM's legacy ones. */
    private void setPassword(String username, String password) {
        RealmUsers.setPassword(realm, RealmUsers.find(realm, username), password);
    }
}
