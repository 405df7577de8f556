package it.sportello.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.FakeSmsGateway;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.Mails;
import it.sportello.it.support.PkceLogin;
import it.sportello.it.support.ResetPages;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/**
 * Password recovery by a code sent by SMS, on a real Keycloak in the browser, the server's {@code http} SMS sender
 * pointed at a fake gateway (WireMock) started here, its bearer token read from the server's vault: the code to the
 * verified mobile, then the new password and the one "password changed" mail; the same page with no SMS for an unknown
 * account and an account without a verified mobile; three tries per code; three codes per account per hour; a gateway
 * failure as a localized page with "try again" and an error event.
 */
@KeycloakIntegrationTest(config = SportelloServerConfig.class)
class SmsResetIT {

    private static final String CODE_PAGE_INTRO_IT = "Se l’account ha un numero di cellulare verificato, gli abbiamo"
            + " inviato un codice di 6 cifre via SMS. Vale 5 minuti. Nessun SMS? Chiedi un nuovo codice, oppure usa"
            + " l’email.";
    private static final String CHANGED_SUBJECT_IT = "La tua password è stata cambiata";
    private static final long NO_MAIL_WAIT_MILLIS = 1_500;

    private static FakeSmsGateway gateway;

    @InjectRealm(fromJson = RealmFiles.CUSTOMER_PORTAL, config = FreshRealmId.class)
    ManagedRealm realm;

    @InjectWebDriver
    ManagedWebDriver driver;

    @InjectPage
    LoginPage loginPage;

    @InjectMailServer
    MailServer mail;

    private BrowserLogin browser;
    private ResetPages reset;

    @BeforeAll
    static void startGateway() {
        gateway = FakeSmsGateway.start(SportelloServerConfig.SMS_GATEWAY_PORT, SportelloServerConfig.SMS_GATEWAY_PATH);
    }

    @AfterAll
    static void stopGateway() {
        gateway.stop();
    }

    @BeforeEach
    void setUp() {
        browser = new BrowserLogin(realm, driver, loginPage);
        reset = new ResetPages(driver);
        gateway.reset();
        FlowConfigs.resetChooseUser(
                realm, Map.of("ipAttemptLimit", "0", "captchaAfterRequests", "0", "offerSms", "true"));
    }

    @Test
    void smsResetWhenMobileVerifiedThenCodeToItThenNewPasswordThenOneConfirmationAndNoLinkMail() throws Exception {
        String username = "sms-recupero";
        createUser(username, "+393331110001");
        int mailsBefore = mail.getReceivedMessages().length;

        openReset();
        reset.requestSmsCode(username);

        assertThat(reset.isSmsCodePage())
                .as("SMS code page, got \"%s\"", reset.title())
                .isTrue();
        assertThat(reset.text("sportello-reset-sms-intro")).isEqualTo(CODE_PAGE_INTRO_IT);
        LoggedRequest sms = onlySms();
        assertThat(sms.getHeader("Authorization")).isEqualTo("Bearer " + SportelloServerConfig.SMS_TOKEN);
        JsonNode body = new ObjectMapper().readTree(sms.getBodyAsString());
        assertThat(body.get("to").asText()).isEqualTo("+393331110001");
        assertThat(body.get("text").asText()).startsWith("Sportello: ").contains("Scade tra 5 minuti");

        reset.enterSmsCode(FakeSmsGateway.code(sms));
        assertThat(reset.isUpdatePasswordPage())
                .as("update password page, got \"%s\"", reset.title())
                .isTrue();
        reset.chooseNewPassword("Sms-Nuova-2026", "Sms-Nuova-2026");

        // the confirmation only: the SMS stood in for the emailed link
        assertThat(Mails.awaitMail(mail, mailsBefore + 1).getSubject()).isEqualTo(CHANGED_SUBJECT_IT);
        assertNoMoreMail(mailsBefore + 1);
        assertThat(events("SEND_RESET_PASSWORD", userId(username)))
                .singleElement()
                .satisfies(e -> assertThat(e.getDetails()).containsEntry("sportello_reset_channel", "sms"));
        assertThat(browser.signIn(username, "Sms-Nuova-2026").getPreferredUsername())
                .isEqualTo(username);
    }

    @Test
    void smsResetWhenUnknownOrNoVerifiedMobileThenSamePageAsWithOneAndNoSmsNoMail() throws Exception {
        createUser("sms-con-cellulare", "+393331110002");
        createUser("sms-senza-cellulare", null);
        int mailsBefore = mail.getReceivedMessages().length;

        String withMobile = codePageFor("sms-con-cellulare");
        String withoutMobile = codePageFor("sms-senza-cellulare");
        String unknown = codePageFor("Z9999");

        assertThat(withoutMobile).isEqualTo(unknown).isEqualTo(withMobile);
        assertThat(gateway.sent()).singleElement().satisfies(r -> assertThat(r.getBodyAsString())
                .contains("+393331110002"));
        assertNoMoreMail(mailsBefore);
        assertThat(events("SEND_RESET_PASSWORD_ERROR", userId("sms-senza-cellulare")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getError()).isEqualTo("sportello_reset_sms_not_sent");
                    assertThat(e.getDetails()).containsEntry("sportello_sms_reason", "no_mobile");
                });
    }

    @Test
    void smsCodeWhenWrongThreeTimesThenDeadEvenForTheRightOneThenNewCodeWorks() {
        String username = "sms-tentativi";
        createUser(username, "+393331110003");
        openReset();
        reset.requestSmsCode(username);
        String first = FakeSmsGateway.code(onlySms());
        String wrong = first.equals("000000") ? "111111" : "000000";

        reset.enterSmsCode(wrong);
        assertThat(reset.fieldError("smsCode")).isEqualTo("Il codice non è corretto. Tentativi rimasti: 2.");
        reset.enterSmsCode(wrong);
        assertThat(reset.fieldError("smsCode")).isEqualTo("Il codice non è corretto. Tentativi rimasti: 1.");
        reset.enterSmsCode(wrong);
        assertThat(reset.alert()).isEqualTo("Troppi codici errati. Chiedi un nuovo codice.");
        reset.enterSmsCode(first);
        assertThat(reset.isUpdatePasswordPage()).isFalse();
        assertThat(reset.alert()).isEqualTo("Troppi codici errati. Chiedi un nuovo codice.");

        reset.resendSmsCode();
        List<LoggedRequest> sent = gateway.sent();
        assertThat(sent).hasSize(2);
        reset.enterSmsCode(FakeSmsGateway.code(sent.get(1)));
        assertThat(reset.isUpdatePasswordPage()).as("update password page").isTrue();
    }

    @Test
    void smsCodesWhenThreeSentThisHourThenSamePageAndNoFourthSms() {
        String username = "sms-limite";
        createUser(username, "+393331110004");
        openReset();
        reset.requestSmsCode(username);
        reset.resendSmsCode();
        reset.resendSmsCode();
        String third = reset.pageSource();
        reset.resendSmsCode();

        assertThat(reset.alert())
                .isEqualTo("Se l’account ha un numero di cellulare verificato, un nuovo codice è in arrivo.");
        assertThat(reset.isSmsCodePage()).isTrue();
        assertThat(third).contains("un nuovo codice è in arrivo");
        assertThat(gateway.sent()).hasSize(3);
        assertThat(events("SEND_RESET_PASSWORD_ERROR", userId(username)))
                .extracting(e -> e.getDetails().get("sportello_sms_reason"))
                .containsExactly("limit");
    }

    @Test
    void smsGatewayWhenFailingThenLocalizedTryAgainPageAndErrorEventThenRetrySends() {
        String username = "sms-gateway-ko";
        createUser(username, "+393331110005");
        gateway.answer(500);
        openReset();
        reset.requestSmsCode(username);

        assertThat(reset.isSmsRetryPage())
                .as("try-again page, got \"%s\"", reset.title())
                .isTrue();
        assertThat(reset.alert())
                .isEqualTo("Al momento non riusciamo a inviare l’SMS. Riprova tra poco, oppure usa l’email.");
        assertThat(events("SEND_RESET_PASSWORD_ERROR", userId(username)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getError()).isEqualTo("sportello_reset_sms_gateway_failed");
                    assertThat(e.getDetails()).containsEntry("sportello_sms_reason", "gateway_error");
                });

        gateway.answer(202);
        reset.retrySms();
        assertThat(reset.isSmsCodePage()).isTrue();
        List<LoggedRequest> sent = gateway.sentWithBearer(SportelloServerConfig.SMS_TOKEN);
        assertThat(sent).hasSize(2);
        reset.enterSmsCode(FakeSmsGateway.code(sent.get(1)));
        assertThat(reset.isUpdatePasswordPage()).as("update password page").isTrue();
    }

    // --- helpers ----------------------------------------------------------------------------------------------------

    private void openReset() {
        browser.signOut();
        driver.open(new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT)
                .authorizationUrl("it"));
        reset.openFromLoginPage();
    }

    /** The code page's text after asking an SMS code for the account, with the form's own ids left out. */
    private String codePageFor(String identifier) {
        openReset();
        reset.requestSmsCode(identifier);
        assertThat(reset.isSmsCodePage()).as("SMS code page for %s", identifier).isTrue();
        return reset.title() + "|" + reset.text("sportello-reset-sms-intro") + "|" + reset.alert();
    }

    private LoggedRequest onlySms() {
        List<LoggedRequest> sent = gateway.sent();
        assertThat(sent).hasSize(1);
        return sent.get(0);
    }

    /** A local account with a verified email and, when given, the verified mobile an administrator recorded. */
    private void createUser(String username, String mobile) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Prova");
        user.setLastName("Sms");
        if (mobile != null) {
            user.setAttributes(Map.of("mobile", List.of(mobile)));
        }
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("Iniziale-Sms-2026");
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        try (Response created = realm.admin().users().create(user)) {
            assertThat(created.getStatus()).as("user %s created", username).isEqualTo(201);
        }
        if (mobile != null) {
            assertThat(realm.admin()
                            .users()
                            .get(userId(username))
                            .toRepresentation()
                            .getAttributes())
                    .containsEntry("mobile", List.of(mobile));
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
}
