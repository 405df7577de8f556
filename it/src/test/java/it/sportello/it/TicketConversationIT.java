package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.PartnerClient;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.PortalClient.FilePart;
import it.sportello.it.support.PortalConsole;
import it.sportello.it.support.RealmUsers;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
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
import org.openqa.selenium.By;

/**
 * Ticket conversations over HTTP on the real server: the customer's replies, operators' answers through the back
 * office with optimistic locking (ETag / If-Match), the mails after an answer to the customer and the contacts, the
 * status history, closed tickets, other customers and other clients, and bad attachments that store nothing; and in
 * Chromium, the console's conversation with the customer's reply.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class TicketConversationIT {

    private static final String ROSSI_PASSWORD = "Rossi-Conversa-2026";
    private static final String ACQUA_PASSWORD = "Acqua-Conversa-2026";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H'};
    private static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

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
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
        portal = new PortalClient(realm.getBaseUrl());
    }

    @Test
    void customerReplyAndOperatorAnswerMakeAConversationWithItsStatusHistory() throws Exception {
        String token = rossi();
        String id = openTicket(token, null).get("id").asText();

        HttpResponse<String> reply = portal.postMultipart(
                "/tickets/" + id + "/messages",
                token,
                Map.of("text", "Ancora ferma stamattina."),
                List.of(new FilePart("attachments", "spia.png", "image/png", PNG)));
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(201);
        JsonNode customerMessage = PortalClient.json(reply).get("messages").get(0);
        assertThat(customerMessage.get("authorKind").asText()).isEqualTo("CUSTOMER");
        assertThat(customerMessage.get("authorName").asText()).isEqualTo("Mario Rossi");
        String attachmentId =
                customerMessage.get("attachments").get(0).get("id").asText();
        assertThat(portal.getBytes("/tickets/" + id + "/attachments/" + attachmentId, token)
                        .body())
                .isEqualTo(PNG);

        HttpResponse<String> answer = adminMessage(id, adminVersion(id), "Il tecnico arriva domani.", List.of());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.headers().firstValue("ETag")).isPresent();

        HttpResponse<String> status = adminStatus(id, adminVersion(id), "IN_PROGRESS");
        assertThat(status.statusCode()).as(status.body()).isEqualTo(204);
        JsonNode seen = PortalClient.json(portal.get("/tickets/" + id, token));
        assertThat(seen.get("messages").findValuesAsText("authorKind")).containsExactly("CUSTOMER", "OPERATOR");
        assertThat(seen.get("messages").get(1).get("text").asText()).isEqualTo("Il tecnico arriva domani.");
        assertThat(seen.get("attachments"))
                .as("the opening request's files only")
                .isEmpty();
        JsonNode change = seen.get("statusHistory").get(0);
        assertThat(change.get("from").asText()).isEqualTo("OPEN");
        assertThat(change.get("to").asText()).isEqualTo("IN_PROGRESS");
        assertThat(change.get("changedBy").asText()).isNotBlank();
    }

    @Test
    void anOperatorAnswerIsMailedToTheContactsAndTheCustomerAfterCommit() throws Exception {
        String token = rossi();
        String contact = "conversa-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String rossiEmail = RealmUsers.find(realm, "c0001").getEmail();
        JsonNode ticket = openTicket(token, contact);
        String id = ticket.get("id").asText();

        assertThat(adminMessage(id, adminVersion(id), "Il tecnico arriva domani.", List.of())
                        .statusCode())
                .isEqualTo(201);

        long number = ticket.get("number").asLong();
        for (String address : List.of(contact, rossiEmail)) {
            MimeMessage notice = awaitAnswerMailTo(address, number);
            assertThat(notice.getSubject()).contains(Long.toString(number));
            assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(notice))
                    .as("the mail says there is an answer, not what it says")
                    .doesNotContain("Il tecnico arriva domani");
        }
    }

    @Test
    void twoOperatorsFromOneVersionTheSecondGets409AndNothingIsOverwritten() throws Exception {
        String id = openTicket(rossi(), null).get("id").asText();
        String version = adminVersion(id);

        assertThat(adminStatus(id, null, "IN_PROGRESS").statusCode()).isEqualTo(428);
        assertThat(adminMessage(id, null, "Senza versione", List.of()).statusCode())
                .isEqualTo(428);
        assertThat(adminStatus(id, version, "IN_PROGRESS").statusCode()).isEqualTo(204);
        HttpResponse<String> second = adminStatus(id, version, "CLOSED");
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(PortalClient.json(second).get("type").asText()).isEqualTo("urn:sportello:problem:ticket-changed");
        assertThat(adminMessage(id, version, "Risposta vecchia", List.of()).statusCode())
                .isEqualTo(409);
        assertThat(crm.number("select count(*) from ticket_message where ticket_id = ?", id))
                .isZero();
        assertThat(statusOf(id)).isEqualTo("IN_PROGRESS");

        // at once: ten answers from the same version, exactly one is stored
        String current = adminVersion(id);
        List<Integer> statuses = concurrently(
                10, i -> adminMessage(id, current, "Risposta " + i, List.of()).statusCode());
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(9);
        assertThat(crm.number("select count(*) from ticket_message where ticket_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    void aClosedTicketRefusesTheCustomersMessageWithALocalizedProblem() throws Exception {
        String token = rossi();
        String id = openTicket(token, null).get("id").asText();
        assertThat(adminStatus(id, adminVersion(id), "CLOSED").statusCode()).isEqualTo(204);

        Map<String, String> titles = new LinkedHashMap<>();
        for (String language : List.of("it", "en", "ro")) {
            HttpResponse<String> refused = portal.send(PortalClient.multipart(
                            portal.request("/tickets/" + id + "/messages", token)
                                    .header("Accept-Language", language),
                            Map.of("text", "È ancora rotta"),
                            List.of())
                    .build());
            assertThat(refused.statusCode()).isEqualTo(409);
            JsonNode problem = PortalClient.json(refused);
            assertThat(problem.get("type").asText()).isEqualTo("urn:sportello:problem:ticket-closed");
            titles.put(language, problem.get("title").asText());
        }
        assertThat(titles.values()).doesNotHaveDuplicates().allSatisfy(t -> assertThat(t)
                .isNotBlank());
        assertThat(crm.number("select count(*) from ticket_message where ticket_id = ?", id))
                .isZero();
    }

    @Test
    void anotherCustomersTicketIs404AndAnotherClientsToken401() throws Exception {
        String id = openTicket(rossi(), null).get("id").asText();
        String acqua = acqua();

        assertThat(portal.get("/tickets/" + id, acqua).statusCode()).isEqualTo(404);
        assertThat(portal.postMultipart("/tickets/" + id + "/messages", acqua, Map.of("text", "Mia?"), List.of())
                        .statusCode())
                .isEqualTo(404);
        assertThat(portal.get("/tickets/" + id, null).statusCode()).isEqualTo(401);
        String foreign = otherClientToken();
        assertThat(portal.get("/tickets/" + id, foreign).statusCode()).isEqualTo(401);
        assertThat(portal.postMultipart("/tickets/" + id + "/messages", foreign, Map.of("text", "x"), List.of())
                        .statusCode())
                .isEqualTo(401);
        assertThat(crm.number("select count(*) from ticket_message where ticket_id = ?", id))
                .isZero();
    }

    @Test
    void aBadAttachmentAmongGoodOnesStoresNothing() throws Exception {
        String token = rossi();
        String id = openTicket(token, null).get("id").asText();
        String version = adminVersion(id);
        long attachments = crm.number("select count(*) from ticket_attachment where ticket_id = ?", id);
        List<FilePart> mixed = List.of(
                new FilePart("attachments", "ok.png", "image/png", PNG),
                new FilePart("attachments", "photo.png", "image/png", HTML));

        assertThat(portal.postMultipart("/tickets/" + id + "/messages", token, Map.of("text", "Foto"), mixed)
                        .statusCode())
                .isEqualTo(415);
        assertThat(adminMessage(id, version, "Foto", mixed).statusCode()).isEqualTo(415);
        List<FilePart> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new FilePart("attachments", "p" + i + ".png", "image/png", PNG));
        }
        assertThat(portal.postMultipart("/tickets/" + id + "/messages", token, Map.of("text", "Foto"), six)
                        .statusCode())
                .isEqualTo(400);
        assertThat(portal.postMultipart("/tickets/" + id + "/messages", token, Map.of("text", " "), List.of())
                        .statusCode())
                .isEqualTo(400);

        assertThat(crm.number("select count(*) from ticket_message where ticket_id = ?", id))
                .isZero();
        assertThat(crm.number("select count(*) from ticket_attachment where ticket_id = ?", id))
                .isEqualTo(attachments);
        assertThat(adminVersion(id)).as("the ticket did not change").isEqualTo(version);
    }

    private JsonNode openTicket(String token, String contact) throws Exception {
        return openTicket(token, contact, "Caldaia ferma");
    }

    private JsonNode openTicket(String token, String contact, String subject) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", "FAULT");
        fields.put("subject", subject);
        fields.put("description", "Non parte da ieri sera.");
        if (contact != null) {
            fields.put("contacts", contact);
        }
        HttpResponse<String> created = portal.postMultipart("/tickets", token, fields, List.of());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PortalClient.json(created);
    }

    @Test
    void inTheConsoleTheCustomerReadsTheOperatorsAnswerAndReplies() throws Exception {
        String subject = "Perdita " + UUID.randomUUID().toString().substring(0, 6);
        String id = openTicket(rossi(), null, subject).get("id").asText();
        assertThat(adminMessage(id, adminVersion(id), "Il tecnico arriva domani.", List.of())
                        .statusCode())
                .isEqualTo(201);
        driver.open(realm.getBaseUrl() + "/protocol/openid-connect/certs");
        driver.cookies().deleteAll();
        PortalConsole console = new PortalConsole(driver, realm.getBaseUrl());
        console.signIn(loginPage, "C0001", ROSSI_PASSWORD);

        console.menu("requests");
        console.click(By.xpath("//table[@data-testid='tickets']//button[.='" + subject + "']"));
        // the request's details open first, as before; closed, the conversation is below the list
        console.click(By.xpath("//*[@role='dialog']//button[contains(@class,'pf-m-primary')]"));
        console.gone(By.xpath("//*[@role='dialog']"));
        assertThat(console.visible(PortalConsole.testId("ticket-message-operator"))
                        .getText())
                .contains("Il tecnico arriva domani.");
        console.type(By.id("ticket-reply-text"), "Grazie, sarò a casa.");
        console.click(PortalConsole.testId("ticket-reply-submit"));

        assertThat(console.visible(PortalConsole.testId("ticket-message-customer"))
                        .getText())
                .contains("Grazie, sarò a casa.");
        assertThat(crm.number(
                        "select count(*) from ticket_message where ticket_id = ? and author_kind = 'CUSTOMER'", id))
                .isEqualTo(1);
    }

    private String statusOf(String id) throws Exception {
        return PortalClient.json(portal.send(admin(id, "").GET().build()))
                .get("status")
                .asText();
    }

    /** The ticket's ETag as the back office's GET gives it. */
    private String adminVersion(String id) throws Exception {
        HttpResponse<String> ticket = portal.send(admin(id, "").GET().build());
        assertThat(ticket.statusCode()).as(ticket.body()).isEqualTo(200);
        return ticket.headers().firstValue("ETag").orElseThrow();
    }

    private HttpResponse<String> adminStatus(String id, String ifMatch, String status) throws Exception {
        HttpRequest.Builder request = admin(id, "/status")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"status\": \"" + status + "\"}"));
        return portal.send(withIfMatch(request, ifMatch).build());
    }

    private HttpResponse<String> adminMessage(String id, String ifMatch, String text, List<FilePart> files)
            throws Exception {
        HttpRequest.Builder request = PortalClient.multipart(admin(id, "/messages"), Map.of("text", text), files);
        return portal.send(withIfMatch(request, ifMatch).build());
    }

    private static HttpRequest.Builder withIfMatch(HttpRequest.Builder request, String ifMatch) {
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    private HttpRequest.Builder admin(String id, String path) {
        return HttpRequest.newBuilder(URI.create(realm.getBaseUrl().replace("/realms/", "/admin/realms/")
                        + "/sportello-portal/tickets/" + id + path))
                .header("Authorization", "Bearer " + admin.tokenManager().getAccessTokenString());
    }

    /**
     * The answer mail about ticket {@code number} to the address. Matched by the ticket number in the subject, not by
     * position: GreenMail lists the received mails grouped by mailbox, not in the order they arrived.
     */
    private MimeMessage awaitAnswerMailTo(String address, long number) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            MimeMessage[] messages = mail.getReceivedMessages();
            for (int i = 0; i < messages.length; i++) {
                String subject = messages[i].getSubject();
                boolean answer = subject.matches(".*\\b" + number + "\\b.*")
                        && (subject.contains("risposta") || subject.contains("answer") || subject.contains("răspuns"));
                for (var recipient : messages[i].getRecipients(Message.RecipientType.TO)) {
                    if (answer && recipient.toString().equalsIgnoreCase(address)) {
                        return messages[i];
                    }
                }
            }
            Thread.sleep(200);
        }
        List<String> received = new ArrayList<>();
        for (MimeMessage message : mail.getReceivedMessages()) {
            received.add(message.getSubject() + " -> " + List.of(message.getRecipients(Message.RecipientType.TO)));
        }
        throw new AssertionError("No answer mail to " + address + "; received: " + received);
    }

    private interface Call {
        int run(int index) throws Exception;
    }

    private static List<Integer> concurrently(int threads, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                int index = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.run(index);
                };
                answers.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A token of another client of the realm, without the portal's audience. */
    private String otherClientToken() throws Exception {
        // removed with the test class's realm: the token must stay a live client's while the portal refuses it
        return new PartnerClient(realm).token("C0001", ROSSI_PASSWORD);
    }

    private String rossi() throws Exception {
        RealmUsers.setPassword(realm, RealmUsers.find(realm, "c0001"), ROSSI_PASSWORD);
        return browser.signInForToken("C0001", ROSSI_PASSWORD);
    }

    private String acqua() throws Exception {
        RealmUsers.setPassword(realm, RealmUsers.find(realm, "c0002"), ACQUA_PASSWORD);
        return browser.signInForToken("C0002", ACQUA_PASSWORD);
    }
}
