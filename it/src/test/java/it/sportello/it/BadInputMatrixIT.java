package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.badinput.ApiCase;
import it.sportello.it.badinput.ApiMatrix;
import it.sportello.it.badinput.BadValue;
import it.sportello.it.badinput.FormMatrix;
import it.sportello.it.badinput.FormMatrix.Target;
import it.sportello.it.badinput.FormSession;
import it.sportello.it.badinput.OpenApiCases;
import it.sportello.it.badinput.PageMessages;
import it.sportello.it.badinput.ResetStepTargets;
import it.sportello.it.badinput.Verdicts;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.CrmRows;
import it.sportello.it.support.FakeSmsGateway;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.PortalClient;
import it.sportello.it.support.PortalContract;
import it.sportello.it.support.RealmUsers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.testframework.annotations.InjectAdminClient;
import org.keycloak.testframework.annotations.InjectRealm;
import org.keycloak.testframework.annotations.KeycloakIntegrationTest;
import org.keycloak.testframework.mail.MailServer;
import org.keycloak.testframework.mail.annotations.InjectMailServer;
import org.keycloak.testframework.realm.ManagedRealm;
import org.keycloak.util.JsonSerialization;

/**
 * The bad-input matrix on the real server: every public form over plain HTTP and every operation of the portal's
 * OpenAPI document, each field, parameter and body property with every value of {@link BadValue} (a fixed table: the
 * same cases on every run). No answer may be a 5xx or show a stack trace or the script unescaped; a form answers with
 * messages of the bundles (or its flow's next page), the API with a problem whose title is from the bundles (or a
 * 2xx the document describes); a refused write leaves the CRM rows and Keycloak's users as they were, an accepted
 * support request is stored whole. The matrix prints the cases per target and every finding, then fails if any.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class BadInputMatrixIT {

    private static final String PASSWORD = "Matrice-Input-2026";
    private static final String QUESTION_USER = "matrice-domanda";
    private static final String QUESTION_CREDENTIAL = "sportello-security-question";
    private static final Pattern RESET_LINK =
            Pattern.compile("href=\"([^\"]*/login-actions/reset-credentials[^\"]*)\"");

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class)
    ManagedRealm realm;

    @InjectAdminClient
    Keycloak admin;

    @InjectMailServer
    MailServer mail;

    private final CrmRows crm = new CrmRows(SportelloServerConfig.CRM);
    private final PageMessages messages = new PageMessages();

    @Test
    void publicFormsAnswerEveryBadValueWithALocalizedPageAndStoreNothingHalfWay() throws Exception {
        // the limiters are configured out of the way (claim and reset counters off, support limits far away) and the
        // proof of work is solved as a browser does: every case reaches the form's own validation
        FlowConfigs.claimVerify(realm, Map.of("codeFailureLimit", "0", "ipFailureLimit", "0"));
        FlowConfigs.resetChooseUser(realm, Map.of("ipAttemptLimit", "0", "askTaxId", "true"));
        realm.updateWithCleanup(r -> r.attribute("sportello.support.enabled", "true")
                .attribute("sportello.support.ipLimit", "100000")
                .attribute("sportello.support.emailLimit", "1000"));
        RealmUsers.createStaff(realm, QUESTION_USER, PASSWORD);
        Verdicts verdicts = new Verdicts();
        FormMatrix matrix = new FormMatrix(messages, verdicts);
        FakeSmsGateway gateway =
                FakeSmsGateway.start(SportelloServerConfig.SMS_GATEWAY_PORT, SportelloServerConfig.SMS_GATEWAY_PATH);
        ResetStepTargets resetSteps = new ResetStepTargets(realm, gateway);
        String before;
        try {
            gateway.reset();
            resetSteps.createAccounts();
            before = state("forms");

            for (Target target : List.of(claimVerify(), resetChooseUser(), signIn(), support())) {
                matrix.run(target, 8);
            }
            // one account asked for its question again before each case: one case at a time
            matrix.run(securityQuestionSetup(), 1);
            // the recovery steps behind the choose-user page (the choose-user step's settings change for them)
            resetSteps.configure();
            for (Target target :
                    List.of(resetSteps.smsChooseUser(), resetSteps.recoveryEmailChooseUser(), resetSteps.smsCode())) {
                matrix.run(target, 4);
            }
            // one account's brute-force count cleared before each case: one case at a time
            matrix.run(resetSteps.securityQuestion(), 1);
        } finally {
            resetSteps.tearDown();
            gateway.stop();
        }

        System.out.println(verdicts.report());
        assertThat(state("forms"))
                .as("CRM rows and Keycloak users after the forms")
                .isEqualTo(before);
        assertThat(verdicts.cases("claim verify")).isGreaterThanOrEqualTo(3 * (BadValue.ALL.size() - 1));
        assertThat(verdicts.failures()).as(verdicts.report()).isZero();
    }

    @Test
    void everyPortalOperationAnswersEveryBadValueWithAProblemAndARefusedWriteStoresNothing() throws Exception {
        RealmUsers.setPassword(realm, RealmUsers.find(realm, "c0001"), PASSWORD);
        RealmUsers.setPassword(realm, RealmUsers.find(realm, "acqua.admin"), PASSWORD);
        Tokens customer = new Tokens("C0001");
        Tokens companyAdmin = new Tokens("acqua.admin");
        String portalBase = realm.getBaseUrl() + "/sportello-portal";
        String serverRoot = realm.getBaseUrl().replaceAll("/realms/[^/]+$", "");
        Map<String, String> contact = contactOfRossi();
        Verdicts verdicts = new Verdicts();
        List<ApiCase> cases = new OpenApiCases(PortalContract.document(), known(customer.get()), System.out::println)
                .cases(portalBase, serverRoot);
        ApiMatrix matrix = new ApiMatrix(
                messages,
                verdicts,
                tag -> switch (tag) {
                    case "admin" -> admin.tokenManager().getAccessTokenString();
                    case "company" -> companyAdmin.get();
                    default -> customer.get();
                },
                c -> state(c.tag()),
                portalBase);
        try {
            matrix.run(cases);
        } finally {
            restore(contact, customer);
        }

        System.out.println(verdicts.report());
        assertThat(verdicts.cases("POST /tickets")).isGreaterThan(100);
        assertThat(verdicts.failures()).as(verdicts.report()).isZero();
    }

    private Target claimVerify() {
        PkceLogin login = new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
        return new Target(
                "claim verify",
                s -> s.open(login.registrationUrl("it")),
                "sportello-claim-verify",
                Map.of("customerCode", "C0006", "taxId", "24681350013", "invoiceNumber", "FT2025-000001"),
                List.of("customerCode", "taxId", "invoiceNumber"),
                a -> false,
                null,
                false);
    }

    private Target resetChooseUser() {
        PkceLogin login = new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
        return new Target(
                "reset choose user",
                s -> {
                    s.open(login.authorizationUrl("en"));
                    s.follow(RESET_LINK);
                },
                "sportello-reset-choose-user",
                Map.of("username", "nobody-%m", "taxId", "RSSMRA85T10A562S"),
                List.of("username", "taxId", "channel"),
                a -> false,
                null,
                false);
    }

    private Target signIn() {
        PkceLogin login = new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
        return new Target(
                "sign in",
                s -> s.open(login.authorizationUrl("it")),
                "kc-form-login",
                Map.of("username", "nobody-%m", "password", "not-the-password"),
                List.of("username", "password"),
                a -> false,
                null,
                false);
    }

    private Target support() {
        Map<String, String> person = new LinkedHashMap<>();
        person.put("requesterKind", "person");
        person.put("firstName", "Mario");
        person.put("lastName", "Rossi %m");
        person.put("email", "%m@example.org");
        person.put("message", "Matrice %m");
        return new Target(
                "support form",
                s -> s.open(realm.getBaseUrl() + "/sportello-support?kc_locale=en"),
                "sportello-support-form",
                person,
                List.of(
                        "message",
                        "requesterKind",
                        "firstName",
                        "lastName",
                        "companyName",
                        "contactPerson",
                        "customerCode",
                        "taxId",
                        "email",
                        "phone"),
                a -> a.body().contains("id=\"sportello-support-ticket\""),
                this::supportTicket,
                true);
    }

    /**
     * The security question's setup (the required action), reached by signing in as an account that must set one: the
     * question, and the answer typed the same in both fields. An accepted one stores the question; a refused one none.
     */
    private Target securityQuestionSetup() {
        PkceLogin login = new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
        return new Target(
                "security question setup",
                s -> {
                    askQuestionAgain();
                    s.open(login.authorizationUrl("it"));
                    FormSession.Answer signedIn = s.post(
                            "kc-form-login",
                            Map.of(
                                    "username", QUESTION_USER.getBytes(StandardCharsets.UTF_8),
                                    "password", PASSWORD.getBytes(StandardCharsets.UTF_8)));
                    if (signedIn.status() == 302) {
                        s.open(signedIn.location());
                    }
                },
                "sportello-security-question-form",
                Map.of(
                        "securityQuestion", "sportelloQuestionFirstSchool",
                        "securityAnswer", "Sant Agata",
                        "securityAnswerConfirm", "Sant Agata"),
                List.of("securityQuestion", "securityAnswer+securityAnswerConfirm"),
                a -> a.status() == 302,
                (marker, answer, field, value) ->
                        answer.status() != 302 && !questionCredentials().isEmpty()
                                ? "refused, but a security question was stored"
                                : null,
                false);
    }

    private List<org.keycloak.representations.idm.CredentialRepresentation> questionCredentials() {
        return realm.admin().users().get(RealmUsers.find(realm, QUESTION_USER).getId()).credentials().stream()
                .filter(c -> QUESTION_CREDENTIAL.equals(c.getType()))
                .toList();
    }

    /** Removes the account's question and asks for one at the next sign-in, as an administrator would. */
    private void askQuestionAgain() {
        var user =
                realm.admin().users().get(RealmUsers.find(realm, QUESTION_USER).getId());
        questionCredentials().forEach(c -> user.removeCredential(c.getId()));
        var representation = user.toRepresentation();
        representation.setRequiredActions(List.of(QUESTION_CREDENTIAL));
        user.update(representation);
    }

    /** An accepted request is one ticket holding no cut-off value; a refused one left no ticket. */
    private String supportTicket(String marker, FormSession.Answer answer, String field, BadValue value)
            throws Exception {
        String like = "%" + marker + "%";
        try (Connection c = SportelloServerConfig.CRM.connect();
                PreparedStatement s = c.prepareStatement("select t.subject, t.message, k.full_name, k.company_name,"
                        + " k.email, k.phone, k.stated_customer_code, k.stated_tax_id from support_ticket t join"
                        + " ticket_contact k on k.ticket_id = t.id where k.email like ? or k.full_name like ?"
                        + " or t.message like ?")) {
            s.setString(1, like);
            s.setString(2, like);
            s.setString(3, like);
            int rows = 0;
            String sent = value.text().strip();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    for (int i = 1; i <= 8; i++) {
                        String stored = rs.getString(i);
                        if (stored != null
                                && stored.length() >= 20
                                && stored.length() < sent.length()
                                && sent.startsWith(stored)) {
                            return "half-stored: " + stored.length() + " of " + sent.length() + " characters";
                        }
                    }
                }
            }
            boolean accepted = answer.body().contains("id=\"sportello-support-ticket\"");
            return rows == (accepted ? 1 : 0) ? null : (accepted ? "accepted, " : "refused, ") + rows + " ticket(s)";
        }
    }

    /** Well-formed values the document cannot know: the caller's own ids, the realm's name. */
    private Map<String, String> known(String customer) throws Exception {
        PortalClient portal = new PortalClient(realm.getBaseUrl());
        Map<String, String> known = new LinkedHashMap<>();
        known.put("/supply-points/{id}*#id", "1001");
        var tickets = PortalClient.json(portal.get("/tickets", customer));
        known.put(
                "/tickets/{id}*#id",
                tickets.size() > 0 ? tickets.get(0).get("id").asText() : "1");
        known.put("#realm", realm.getName());
        known.put("#userId", UUID.randomUUID().toString());
        known.put("#meterValue", "1");
        known.put("#subject", "Matrice");
        known.put("#description", "Matrice");
        known.put("#firstName", "Anna");
        known.put("#lastName", "Neri");
        // an address already taken: a well-formed invitation is refused (409) and creates nobody
        known.put("#email", RealmUsers.find(realm, "acqua.admin").getEmail());
        return known;
    }

    /** The CRM rows and Keycloak users a bad request could touch, as one comparable text. */
    private String state(String tag) throws Exception {
        StringBuilder state = new StringBuilder();
        try (Connection c = SportelloServerConfig.CRM.connect();
                PreparedStatement s = c.prepareStatement("select (select count(*) from meter_reading),"
                        + " (select count(*) from support_ticket), (select count(*) from ticket_contact),"
                        + " (select count(*) from ticket_attachment), (select count(*) from document_download),"
                        + " email, phone, fax, updated_at from customer where customer_code = 'C0001'");
                ResultSet rs = s.executeQuery()) {
            rs.next();
            for (int i = 1; i <= 9; i++) {
                if (tag.equals("forms") && (i == 2 || i == 3)) {
                    // tickets are the support form's to store: each case checks its own (supportTicket)
                    continue;
                }
                state.append(rs.getString(i)).append(' ');
            }
        }
        if (List.of("readings", "tickets", "admin").contains(tag)) {
            // these operations write CRM rows only; the others may also change Keycloak's users
            return state.toString();
        }
        // C0001 looked up first: the lookup imports a CRM customer Keycloak has not met yet
        var rossi = RealmUsers.find(realm, "c0001");
        state.append("users=").append(realm.admin().users().count()).append(' ');
        state.append("rossi=").append(rossi.getEmail()).append(rossi.getAttributes());
        return state.toString();
    }

    private Map<String, String> contactOfRossi() throws Exception {
        Map<String, String> contact = new LinkedHashMap<>();
        for (String column : List.of("phone", "fax", "email")) {
            contact.put(column, crm.column("C0001", column).orElse(null));
        }
        return contact;
    }

    /**
     * Puts C0001's contact back (an accepted change is the customer's right, not the suite's next test's): phone and
     * fax through the portal, which writes Keycloak's attributes and the CRM together.
     */
    private void restore(Map<String, String> contact, Tokens customer) throws Exception {
        Map<String, String> phoneAndFax = new java.util.HashMap<>();
        phoneAndFax.put("phone", contact.get("phone"));
        phoneAndFax.put("fax", contact.get("fax"));
        PortalClient portal = new PortalClient(realm.getBaseUrl());
        // a change carries the version of the contact it was edited from
        phoneAndFax.put(
                "version",
                PortalClient.json(portal.get("/me", customer.get()))
                        .get("version")
                        .asText());
        var put = portal.putJson("/me/contact", customer.get(), JsonSerialization.writeValueAsString(phoneAndFax));
        assertThat(put.statusCode())
                .as("C0001's contact put back: %s", put.body())
                .isEqualTo(200);
        crm.update("C0001", "email", contact.get("email"));
        crm.execute("delete from meter_reading where supply_point_id = 1001 and reading_date = current_date");
    }

    /** A user's access token, signed in again once a minute: the matrix outlasts the realm's token lifespan. */
    private final class Tokens {
        private final String username;
        private String token;
        private long signedInAt;

        Tokens(String username) {
            this.username = username;
        }

        synchronized String get() {
            if (token == null || System.nanoTime() - signedInAt > 60_000_000_000L) {
                try {
                    token = token(username);
                } catch (Exception e) {
                    throw new IllegalStateException(username + " cannot sign in", e);
                }
                signedInAt = System.nanoTime();
            }
            return token;
        }
    }

    /** A portal-web access token of the user, signed in over HTTP with authorization code and PKCE. */
    private String token(String username) throws Exception {
        PkceLogin login = new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
        FormSession session = new FormSession();
        session.open(login.authorizationUrl("en"));
        FormSession.Answer answer = session.post(
                "kc-form-login",
                Map.of(
                        "username", username.getBytes(StandardCharsets.UTF_8),
                        "password", PASSWORD.getBytes(StandardCharsets.UTF_8)));
        assertThat(answer.status())
                .as("%s signs in: %s", username, answer.body())
                .isEqualTo(302);
        return login.redeem(answer.location()).getToken();
    }
}
