package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PageWaits;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.ResetPages;
import it.sportello.it.support.Totp;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.AuthenticationExecutionInfoRepresentation;
import org.keycloak.representations.idm.AuthenticatorConfigRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
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
import org.openqa.selenium.support.ui.Select;

/**
 * Password recovery on a real Keycloak, in the browser, through the realm's {@code sportello reset credentials} flow:
 * customer code or email, one answer for every visitor, the emailed single-use link naming the customer code, the
 * security question when asked, the current OTP of a user who has one (which stays), the new password, and exactly
 * one "password changed" email. Unknown accounts and suppliers without prequalification get the same page and no
 * email. The users here have no OTP unless a test enrolls one: their recovery goes from the link to the new password.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class ResetCredentialsIT {

    private static final String FLOW = "sportello reset credentials";
    private static final String UNIFORM_ANSWER_IT = "Se esiste un account per i dati inseriti, riceverai a breve"
            + " un’email con un link per scegliere una nuova password. Solo i fornitori che hanno completato la"
            + " prequalifica hanno un account attivo: se la tua non è completa, o se l’email non arriva, contatta il"
            + " servizio clienti.";
    private static final String RESET_SUBJECT_IT = "Scegli una nuova password per l’area clienti";
    private static final String CHANGED_SUBJECT_IT = "La tua password è stata cambiata";
    private static final String FIRST_SCHOOL = "sportelloQuestionFirstSchool";
    private static final String FIRST_SCHOOL_IT = "Come si chiamava la tua prima scuola?";
    /** Long enough for a mail that is on its way to arrive; none should. */
    private static final long NO_MAIL_WAIT_MILLIS = 1_500;

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @InjectMailServer
    MailServer mail;

    private BrowserLogin browser;
    private ResetPages reset;

    @BeforeEach
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
        reset = new ResetPages(driver);
        // no attempt limit except where a test is about it: the suite's attempts all come from 127.0.0.1; the
        // proof-of-work threshold stays off too (useChooseUserConfig), ResetAbuseIT is about it
        useChooseUserConfig(Map.of("ipAttemptLimit", "0"));
        useQuestionMode("if-configured");
    }

    @Test
    void resetByCustomerCodeThenMailNamesCodeThenNewPasswordTwiceThenOneConfirmationThenSignIn() throws Exception {
        int mailsBefore = mail.getReceivedMessages().length;
        openReset();
        // the tab names the page, and the way back says where it leads
        assertThat(reset.documentTitle()).isEqualTo("Recupera la password – Sportello");
        assertThat(reset.text("sportello-reset-back")).isEqualTo("« Torna all’accesso");
        reset.requestLink("  c0001 ");

        assertThat(reset.alert()).isEqualTo(UNIFORM_ANSWER_IT);
        MimeMessage resetMail = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(resetMail.getAllRecipients()[0].toString()).isEqualTo("mario.rossi@example.com");
        assertThat(resetMail.getSubject()).isEqualTo(RESET_SUBJECT_IT);
        assertThat(Mails.plainText(resetMail)).contains("con nome utente C0001", "vale una sola volta");

        reset.openEmailedLink(Mails.actionLink(resetMail));
        assertThat(reset.isUpdatePasswordPage()).as("update password page").isTrue();
        reset.chooseNewPassword("Rossi-Nuova-2026", "Rossi-Nuova-2026");

        MimeMessage confirmation = Mails.awaitMail(mail, mailsBefore + 2);
        assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo("mario.rossi@example.com");
        assertThat(confirmation.getSubject()).isEqualTo(CHANGED_SUBJECT_IT);
        assertThat(Mails.plainText(confirmation)).contains("con nome utente C0001", "è stata cambiata il");
        assertNoMoreMail(mailsBefore + 2);

        String userId = userId("c0001");
        assertThat(events("SEND_RESET_PASSWORD", userId)).hasSize(1);
        assertThat(events("UPDATE_CREDENTIAL", userId))
                .singleElement()
                .satisfies(event -> assertThat(event.getDetails()).containsEntry("credential_type", "password"));
        assertThat(browser.signIn("C0001", "Rossi-Nuova-2026").getPreferredUsername())
                .isEqualTo("c0001");
    }

    @Test
    void resetByEmailInAnyCaseThenMailGoesToThatAccount() throws Exception {
        int mailsBefore = mail.getReceivedMessages().length;
        openReset();
        reset.requestLink("Laura.Bianchi@EXAMPLE.com");

        assertThat(reset.alert()).isEqualTo(UNIFORM_ANSWER_IT);
        MimeMessage resetMail = Mails.awaitMail(mail, mailsBefore + 1);
        assertThat(resetMail.getAllRecipients()[0].toString()).isEqualTo("laura.bianchi@example.com");
        assertThat(Mails.plainText(resetMail)).contains("con nome utente C0003");
        assertThat(Mails.actionLink(resetMail)).contains("/login-actions/action-token?key=");
        assertThat(events("SEND_RESET_PASSWORD", userId("c0003"))).hasSize(1);
    }

    @Test
    void resetWhenSupplierNotPrequalifiedThenSamePageAsUnknownAccountAndNoMail() throws Exception {
        int mailsBefore = mail.getReceivedMessages().length;
        openReset();
        reset.requestLink("Z9999");
        String unknown = reset.alert();
        reset.openFromLoginPage();
        reset.requestLink("F0002");
        String notPrequalified = reset.alert();

        assertThat(notPrequalified).isEqualTo(unknown).isEqualTo(UNIFORM_ANSWER_IT);
        assertNoMoreMail(mailsBefore);
        String supplierId = userId("f0002");
        assertThat(events("RESET_PASSWORD_ERROR", supplierId))
                .extracting(EventRepresentation::getError)
                .containsExactly("sportello_reset_not_prequalified");
        assertThat(events("SEND_RESET_PASSWORD", supplierId)).isEmpty();

        // a prequalified supplier is not gated
        reset.openFromLoginPage();
        reset.requestLink("f0001");
        assertThat(reset.alert()).isEqualTo(UNIFORM_ANSWER_IT);
        assertThat(Mails.awaitMail(mail, mailsBefore + 1).getAllRecipients()[0].toString())
                .isEqualTo("acquisti@impiantinord.example");
    }

    @Test
    void resetWhenTaxIdAskedThenWrongOneSamePageAsUnknownAccountAndNoMailAndRightOneTheMail() throws Exception {
        useChooseUserConfig(Map.of("ipAttemptLimit", "0", "askTaxId", "true", "accountMailIntervalMinutes", "0"));
        int mailsBefore = mail.getReceivedMessages().length;
        openReset();
        // Mario Rossi's codice fiscale for Giuseppe Verdi's code: well-formed, not his
        reset.requestLink("C0004", "RSSMRA85T10A562S");
        String wrongTaxId = reset.alert();
        reset.openFromLoginPage();
        reset.requestLink("Z9999", "VRDGPP80C15H501M");
        String unknown = reset.alert();

        assertThat(wrongTaxId).isEqualTo(unknown).isEqualTo(UNIFORM_ANSWER_IT);
        assertNoMoreMail(mailsBefore);
        String verdiId = userId("c0004");
        assertThat(events("RESET_PASSWORD_ERROR", verdiId))
                .extracting(EventRepresentation::getError)
                .contains("sportello_reset_tax_id_mismatch");

        // his own, typed with spaces and in lower case: normalized, then the link
        reset.openFromLoginPage();
        reset.requestLink("C0004", "vrd gpp 80c15 h501m");
        assertThat(reset.alert()).isEqualTo(UNIFORM_ANSWER_IT);
        assertThat(Mails.awaitMail(mail, mailsBefore + 1).getAllRecipients()[0].toString())
                .isEqualTo("giuseppe.verdi@example.com");
    }

    @Test
    void resetWhenAccountUnknownThenSamePageNoMailAndWhatWasTypedNotRecorded() throws Exception {
        int mailsBefore = mail.getReceivedMessages().length;
        openReset();
        reset.requestLink("Z9999");
        String unknownCode = reset.alert();
        reset.openFromLoginPage();
        reset.requestLink("nessuno@example.com");
        String unknownEmail = reset.alert();

        assertThat(unknownCode).isEqualTo(unknownEmail).isEqualTo(UNIFORM_ANSWER_IT);
        assertNoMoreMail(mailsBefore);
        List<EventRepresentation> errors = events("RESET_PASSWORD_ERROR", null);
        assertThat(errors).extracting(EventRepresentation::getError).contains("user_not_found");
        assertThat(errors.stream().map(e -> String.valueOf(e.getDetails())))
                .noneMatch(details -> details.contains("Z9999") || details.contains("nessuno"));
    }

    @Test
    void resetWhenInputEmptyTooLongOrMarkupThenFieldMessagesAndNoServerError() {
        openReset();
        reset.requestLink("");
        assertThat(reset.fieldError("username")).isEqualTo("Inserisci il codice cliente o l’indirizzo email.");

        reset.requestLink("c".repeat(300));
        assertThat(reset.fieldError("username"))
                .isEqualTo("Inserisci un codice cliente o un indirizzo email di al massimo 254 caratteri.");
        assertThat(reset.isChooseUserPage()).isTrue();

        reset.requestLink("<script>alert(1)</script>");
        assertThat(reset.alert()).isEqualTo(UNIFORM_ANSWER_IT);
        assertThat(reset.pageSource()).doesNotContain("<script>alert(1)</script>");
    }

    @Test
    void resetWhenTooManyAttemptsFromOneAddressThenToldToWait() {
        useChooseUserConfig(Map.of("ipAttemptLimit", "3", "ipWindowMinutes", "15"));
        openReset();
        for (int attempt = 1; attempt <= 3; attempt++) {
            reset.requestLink("Z9999");
            assertThat(reset.alert()).as("attempt %d", attempt).isEqualTo(UNIFORM_ANSWER_IT);
            reset.openFromLoginPage();
        }
        reset.requestLink("Z9999");

        assertThat(reset.isChooseUserPage()).isTrue();
        assertThat(reset.alert()).startsWith("Troppi tentativi. Attendi").endsWith("e riprova.");
        assertThat(events("RESET_PASSWORD_ERROR", null))
                .extracting(EventRepresentation::getError)
                .contains("sportello_reset_rate_limited");
    }

    @Test
    void securityQuestionWhenAnsweredRightThenNewPasswordThenOneConfirmation() throws Exception {
        String username = "recupero-domanda-giusta";
        createUserWithQuestion(username, "Sant’Agata");
        int mailsBefore = mail.getReceivedMessages().length;

        openLinkFor(username, mailsBefore + 1);
        assertThat(reset.isSecurityQuestionPage()).as("security question page").isTrue();
        assertThat(reset.documentTitle()).isEqualTo("Recupera la password – Sportello");
        assertThat(reset.question()).contains(FIRST_SCHOOL_IT);
        reset.answer("  SANT AGATA ");

        assertThat(reset.isUpdatePasswordPage()).as("update password page").isTrue();
        reset.chooseNewPassword("Domanda-Giusta-2026", "Domanda-Giusta-2026");
        assertThat(Mails.awaitMail(mail, mailsBefore + 2).getSubject()).isEqualTo(CHANGED_SUBJECT_IT);
        assertNoMoreMail(mailsBefore + 2);
        assertThat(browser.signIn(username, "Domanda-Giusta-2026").getPreferredUsername())
                .isEqualTo(username);
    }

    @Test
    void securityQuestionWhenAnsweredWrongThenFieldMessageAndBruteForceCountThenRightAnswerPasses() throws Exception {
        String username = "recupero-domanda-errata";
        String userId = createUserWithQuestion(username, "Carducci");
        openLinkFor(username, mail.getReceivedMessages().length + 1);

        reset.answer("Pascoli");

        assertThat(reset.isSecurityQuestionPage()).isTrue();
        assertThat(reset.fieldError("securityAnswer")).isEqualTo("La risposta non è corretta.");
        PageWaits.until(driver, d -> Integer.valueOf(1)
                .equals(realm.admin()
                        .attackDetection()
                        .bruteForceUserStatus(userId)
                        .get("numFailures")));
        assertThat(events("RESET_PASSWORD_ERROR", userId))
                .extracting(EventRepresentation::getError)
                .containsExactly("invalid_user_credentials");
        assertThat(reset.pageSource()).doesNotContain("Pascoli");

        reset.answer("carducci");
        assertThat(reset.isUpdatePasswordPage()).as("update password page").isTrue();
    }

    @Test
    void securityQuestionWhenStoredUnderTheFormerOwnSettingThenRightAnswerPassesAndIsRehashedUnderTheRealmPolicy()
            throws Exception {
        String username = "recupero-domanda-vecchia";
        String userId = createUserWithFormerQuestionHash(username, "carducci");
        openLinkFor(username, mail.getReceivedMessages().length + 1);
        assertThat(reset.isSecurityQuestionPage()).as("security question page").isTrue();

        reset.answer("  Carducci ");

        assertThat(reset.isUpdatePasswordPage()).as("update password page").isTrue();
        // the realm's policy names no algorithm: Keycloak's default password hash provider, as for its passwords
        assertThat(storedQuestionSecret(userId))
                .contains("\"algorithm\":\"argon2\"")
                .doesNotContain("pbkdf2-sha512")
                .doesNotContainIgnoringCase("carducci");
    }

    @Test
    void securityQuestionWhenGuessedRepeatedlyThenLockedOutLikePasswordGuessing() throws Exception {
        String username = "recupero-domanda-bloccata";
        String userId = createUserWithQuestion(username, "Manzoni");
        openLinkFor(username, mail.getReceivedMessages().length + 1);
        try {
            for (int guess = 0; guess < 8 && !reset.isLockedOutPage(); guess++) {
                reset.answer("Leopardi " + guess);
            }

            assertThat(reset.isLockedOutPage()).as("locked out").isTrue();
            assertThat(reset.isSecurityQuestionPage())
                    .as("no answer field while locked")
                    .isFalse();
            assertThat(reset.alert())
                    .isEqualTo("Troppe risposte errate: per la tua sicurezza l’account è temporaneamente bloccato.");
            assertThat(realm.admin().attackDetection().bruteForceUserStatus(userId))
                    .containsEntry("disabled", true);
            assertThat(events("RESET_PASSWORD_ERROR", userId))
                    .extracting(EventRepresentation::getError)
                    .contains("invalid_user_credentials", "user_temporarily_disabled");
            // the same lock as for password guessing: the password does not sign in either
            assertThat(browser.signInRefused(username, "Iniziale-2026-" + username.length()))
                    .isTrue();
        } finally {
            realm.admin().attackDetection().clearBruteForceForUser(userId);
        }
    }

    @Test
    void securityQuestionWhenRequiredAndNoneSetThenResetRefusedWithMessageAndEvent() throws Exception {
        useQuestionMode("required");
        openLinkFor("C0004", mail.getReceivedMessages().length + 1);

        assertThat(reset.isUpdatePasswordPage()).isFalse();
        assertThat(driver.findElement(By.id("kc-error-message")).getText())
                .contains("serve una domanda di sicurezza", "Contatta il servizio clienti");
        assertThat(events("RESET_PASSWORD_ERROR", userId("c0004")))
                .extracting(EventRepresentation::getError)
                .contains("sportello_reset_security_question_missing");
    }

    @Test
    void otpWhenEnrolledThenLinkAloneCannotResetWrongCodeIsABruteForceFailureRightCodeResetsAndOtpStays()
            throws Exception {
        String username = "recupero-con-otp";
        String secret = "sportello-otp-segreto-20";
        String userId = createUserWithOtp(username, secret);
        int mailsBefore = mail.getReceivedMessages().length;
        try {
            openLinkFor(username, mailsBefore + 1);

            // the emailed link alone leads to the OTP, not to the new password
            assertThat(reset.isOtpPage())
                    .as("OTP page after the link, got \"%s\"", reset.title())
                    .isTrue();
            assertThat(reset.isUpdatePasswordPage()).isFalse();
            assertThat(reset.supportHelp()).startsWith("Hai perso il dispositivo");
            assertThat(driver.findElement(By.id("sportello-support-link")).getAttribute("href"))
                    .contains("/realms/" + realm.getName() + "/sportello-support");

            reset.enterOtp(Totp.wrongCode(secret));
            assertThat(reset.isOtpPage()).as("still the OTP page").isTrue();
            assertThat(reset.isUpdatePasswordPage()).isFalse();
            PageWaits.until(driver, d -> Integer.valueOf(1)
                    .equals(realm.admin()
                            .attackDetection()
                            .bruteForceUserStatus(userId)
                            .get("numFailures")));
            assertThat(events("RESET_PASSWORD_ERROR", userId))
                    .extracting(EventRepresentation::getError)
                    .contains("invalid_user_credentials");

            reset.enterOtp(Totp.code(secret, Instant.now()));
            assertThat(reset.isUpdatePasswordPage()).as("update password page").isTrue();
            reset.chooseNewPassword("Con-Otp-Nuova-2026", "Con-Otp-Nuova-2026");
            assertThat(Mails.awaitMail(mail, mailsBefore + 2).getSubject()).isEqualTo(CHANGED_SUBJECT_IT);

            assertThat(events("UPDATE_CREDENTIAL", userId))
                    .extracting(event -> event.getDetails().get("credential_type"))
                    .containsExactly("password");
            assertThat(realm.admin().users().get(userId).credentials())
                    .extracting(CredentialRepresentation::getType)
                    .containsExactlyInAnyOrder("password", "otp");
        } finally {
            realm.admin().attackDetection().clearBruteForceForUser(userId);
        }
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private void openReset() {
        browser.signOut();
        driver.open(new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .authorizationUrl("it"));
        reset.openFromLoginPage();
    }

    /** Asks for a link for the account, waits for the mail and opens its link in the same browser. */
    private void openLinkFor(String identifier, int expectedMails) throws Exception {
        openReset();
        reset.requestLink(identifier);
        assertThat(reset.alert()).isEqualTo(UNIFORM_ANSWER_IT);
        reset.openEmailedLink(Mails.actionLink(Mails.awaitMail(mail, expectedMails)));
    }

    /**
     * A local account (not in the CRM) that sets its security question through the required action at its first
     * sign-in, as an admin would ask of a customer.
     */
    private String createUserWithQuestion(String username, String answer) throws Exception {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Prova");
        user.setLastName("Recupero");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("Iniziale-2026-" + username.length());
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        user.setRequiredActions(List.of("sportello-security-question"));
        int mailsAtStart = mail.getReceivedMessages().length;
        String id;
        try (Response created = realm.admin().users().create(user)) {
            assertThat(created.getStatus()).isEqualTo(201);
            String location = created.getLocation().getPath();
            id = location.substring(location.lastIndexOf('/') + 1);
        }

        browser.submit(username, password.getValue(), "it");
        assertThat(driver.driver().findElements(By.id("sportello-security-question-form")))
                .as(
                        "security question setup page, got \"%s\" (%s) at %s",
                        reset.title(), reset.alert(), driver.getCurrentUrl())
                .isNotEmpty();
        new Select(driver.findElement(By.id("securityQuestion"))).selectByValue(FIRST_SCHOOL);
        driver.findElement(By.id("securityAnswer")).sendKeys(answer);
        driver.findElement(By.id("securityAnswerConfirm")).sendKeys(answer);
        driver.findElement(By.id("sportello-security-question-save")).click();
        PageWaits.until(driver, d -> d.getCurrentUrl().startsWith(BrowserLogin.PORTAL_REDIRECT));
        // the "security question set" notice, sent once the question is stored: counted before the tests count
        Mails.awaitMail(mail, mailsAtStart + 1);
        assertThat(realm.admin().users().get(id).credentials())
                .extracting(CredentialRepresentation::getType)
                .contains("sportello-security-question");
        return id;
    }

    /**
     * A local account whose security question was stored as the provider's own setting hashed answers before they
     * followed the realm's password policy: PBKDF2-HMAC-SHA512 at 210,000 iterations over the normalized answer.
     */
    private String createUserWithFormerQuestionHash(String username, String normalizedAnswer) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int iterations = 210_000;
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(normalizedAnswer.toCharArray(), salt, iterations, 512))
                .getEncoded();
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Prova");
        user.setLastName("Recupero");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("Iniziale-2026-" + username.length());
        password.setTemporary(false);
        CredentialRepresentation question = new CredentialRepresentation();
        question.setType("sportello-security-question");
        question.setCredentialData("{\"questionKey\":\"" + FIRST_SCHOOL + "\"}");
        question.setSecretData("{\"algorithm\":\"pbkdf2-sha512\",\"hashIterations\":" + iterations + ",\"value\":\""
                + Base64.getEncoder().encodeToString(hash) + "\",\"salt\":\""
                + Base64.getEncoder().encodeToString(salt) + "\"}");
        user.setCredentials(List.of(password, question));
        try (Response created = realm.admin().users().create(user)) {
            assertThat(created.getStatus()).isEqualTo(201);
            String location = created.getLocation().getPath();
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /** The question's secret data as stored: the admin API never returns it, the database (as in CI) does. */
    private static String storedQuestionSecret(String userId) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        requiredEnv("KC_TEST_DATABASE_URL"),
                        requiredEnv("KC_TEST_DATABASE_USER"),
                        requiredEnv("KC_TEST_DATABASE_PASSWORD"));
                PreparedStatement query =
                        c.prepareStatement("select secret_data from credential where user_id = ? and type = ?")) {
            query.setString(1, userId);
            query.setString(2, "sportello-security-question");
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).as("stored security question").isTrue();
                return rows.getString(1);
            }
        }
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        assertThat(value)
                .as(name + " (the Keycloak database this test reads, set by .ci/run)")
                .isNotBlank();
        return value;
    }

    /** A local account with a password and an enrolled TOTP (as the CONFIGURE_TOTP action would store it). */
    private String createUserWithOtp(String username, String secret) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Prova");
        user.setLastName("Otp");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("Iniziale-2026-" + username.length());
        password.setTemporary(false);
        CredentialRepresentation otp = new CredentialRepresentation();
        otp.setType("otp");
        otp.setUserLabel("telefono");
        otp.setSecretData("{\"value\":\"" + secret + "\"}");
        otp.setCredentialData(
                "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}");
        user.setCredentials(List.of(password, otp));
        try (Response created = realm.admin().users().create(user)) {
            assertThat(created.getStatus()).isEqualTo(201);
            String location = created.getLocation().getPath();
            String id = location.substring(location.lastIndexOf('/') + 1);
            assertThat(realm.admin().users().get(id).credentials())
                    .extracting(CredentialRepresentation::getType)
                    .containsExactlyInAnyOrder("password", "otp");
            return id;
        }
    }

    private void assertNoMoreMail(int expected) {
        assertThat(mail.waitForIncomingEmail(NO_MAIL_WAIT_MILLIS, expected + 1))
                .as("a mail that should not have been sent")
                .isFalse();
        assertThat(mail.getReceivedMessages()).hasSize(expected);
    }

    private String userId(String username) {
        return realm.admin().users().search(username, true).get(0).getId();
    }

    private List<EventRepresentation> events(String type, String userId) {
        return realm.admin().getEvents(List.of(type), null, userId, null, null, null, 0, 100);
    }

    private void useChooseUserConfig(Map<String, String> overrides) {
        Map<String, String> config = new HashMap<>(Map.of(
                "minResponseMillis", "300",
                "ipAttemptLimit", "20",
                "ipWindowMinutes", "15",
                "captchaAfterRequests", "0",
                "accountMailIntervalMinutes", "5",
                "prequalificationGate", "suppliers",
                "prequalificationSource", "crm",
                "prequalifiedAttribute", "prequalified",
                "supplierAttribute", "supplier",
                "askTaxId", "false"));
        config.putAll(overrides);
        updateConfig("sportello-reset-choose-user", config);
    }

    private void useQuestionMode(String mode) {
        updateConfig("sportello-reset-security-question", Map.of("mode", mode));
    }

    private void updateConfig(String providerId, Map<String, String> values) {
        AuthenticationExecutionInfoRepresentation execution = realm.admin().flows().getExecutions(FLOW).stream()
                .filter(e -> providerId.equals(e.getProviderId()))
                .findFirst()
                .orElseThrow();
        AuthenticatorConfigRepresentation config =
                realm.admin().flows().getAuthenticatorConfig(execution.getAuthenticationConfig());
        config.setConfig(values);
        realm.admin().flows().updateAuthenticatorConfig(config.getId(), config);
    }
}
