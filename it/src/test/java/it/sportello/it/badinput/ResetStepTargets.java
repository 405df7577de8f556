package it.sportello.it.badinput;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import it.sportello.it.badinput.FormMatrix.Target;
import it.sportello.it.support.BrowserLogin;
import it.sportello.it.support.FakeSmsGateway;
import it.sportello.it.support.FlowConfigs;
import it.sportello.it.support.PkceLogin;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.testframework.realm.ManagedRealm;

/**
 * The recovery steps after the choose-user page, reached over HTTP the way their own tests reach them in the browser
 * ({@code SmsResetIT}, {@code ResetCredentialsIT}, {@code RecoveryEmailIT}): the choose-user page with "a code by SMS"
 * or "a link to my backup address" chosen, the SMS code page of an account with a verified mobile, and the security
 * question asked after the right SMS code (the code stands in for the emailed link). The accounts are made here, before
 * the matrix takes its snapshot; a case that changes one of their credentials is a finding.
 */
public final class ResetStepTargets {

    private static final Pattern RESET_LINK =
            Pattern.compile("href=\"([^\"]*/login-actions/reset-credentials[^\"]*)\"");
    private static final String FLOW = "sportello reset credentials";
    private static final String FIRST_SCHOOL = "sportelloQuestionFirstSchool";
    /** Accounts per step: the SMS step sends an account at most 10 codes an hour, a step gets 27 cases. */
    private static final int ACCOUNTS = 3;

    private final ManagedRealm realm;
    private final FakeSmsGateway gateway;
    private final PkceLogin login;
    private final AtomicInteger cases = new AtomicInteger();
    private final List<Account> smsAccounts = new ArrayList<>();
    private final List<Account> questionAccounts = new ArrayList<>();

    /** A made account: username, id and the mobile its codes go to. */
    private record Account(String username, String id, String mobile) {}

    public ResetStepTargets(ManagedRealm realm, FakeSmsGateway gateway) {
        this.realm = realm;
        this.gateway = gateway;
        this.login = new PkceLogin(realm.getBaseUrl(), BrowserLogin.PORTAL_CLIENT, BrowserLogin.PORTAL_REDIRECT);
    }

    /** The accounts, made before the matrix's snapshot of Keycloak's users. */
    public void createAccounts() throws Exception {
        for (int i = 1; i <= ACCOUNTS; i++) {
            smsAccounts.add(createUser("matrice-sms-" + i, "+39333111900" + i, null));
            questionAccounts.add(createUser("matrice-recupero-domanda-" + i, "+39333111910" + i, "carducci"));
        }
    }

    /** The next account of the pool for a case: the cases of a step spread evenly over it. */
    private Account next(List<Account> pool) {
        return pool.get(cases.getAndIncrement() % pool.size());
    }

    /**
     * The steps set out of the way of the cases (no tax ID asked, SMS and backup address offered, no hourly SMS
     * limit), once the other forms ran: every case reaches the step's own validation.
     */
    public void configure() {
        FlowConfigs.resetChooseUser(
                realm,
                Map.of("ipAttemptLimit", "0", "askTaxId", "false", "offerSms", "true", "offerRecoveryEmail", "true"));
        FlowConfigs.update(
                realm, FLOW, "sportello-reset-sms-code", Map.of("codesPerHour", "100000", "minResponseMillis", "100"));
        FlowConfigs.update(realm, FLOW, "sportello-reset-security-question", Map.of("mode", "if-configured"));
    }

    /** The choose-user page with the SMS channel chosen: the page that leads to the phone. */
    public Target smsChooseUser() {
        return chooseUser("reset choose user, SMS", "sms");
    }

    /** The choose-user page with the backup address chosen: the page that leads to the backup-address link. */
    public Target recoveryEmailChooseUser() {
        return chooseUser("reset choose user, backup address", "recovery-email");
    }

    private Target chooseUser(String name, String channel) {
        return new Target(
                name,
                s -> {
                    s.open(login.authorizationUrl("en"));
                    s.follow(RESET_LINK);
                },
                "sportello-reset-choose-user",
                Map.of("username", "nobody-%m", "channel", channel),
                List.of("username"),
                a -> a.body().contains("id=\"sportello-reset-sms-code\""),
                null,
                false);
    }

    /** The SMS code page of an account with a verified mobile; a refused code changes none of its credentials. */
    public Target smsCode() {
        List<String> before = credentials(smsAccounts);
        return new Target(
                "reset SMS code",
                s -> codePage(s, next(smsAccounts).username()),
                "sportello-reset-sms-code",
                Map.of("smsCode", "000000"),
                List.of("smsCode"),
                a -> false,
                (marker, answer, field, value) ->
                        credentials(smsAccounts).equals(before) ? null : "an account's credentials changed",
                false);
    }

    /**
     * The security question, asked after the right SMS code; one case at a time (the account's brute-force count is
     * cleared before each, so every case meets the question and not the lockout).
     */
    public Target securityQuestion() {
        List<String> before = credentials(questionAccounts);
        return new Target(
                "reset security question",
                s -> {
                    Account account = next(questionAccounts);
                    realm.admin().attackDetection().clearBruteForceForUser(account.id());
                    int sent = gateway.sent().size();
                    codePage(s, account.username());
                    FormSession.Answer question = s.post(
                            "sportello-reset-sms-code",
                            Map.of("smsCode", lastCodeTo(account.mobile(), sent).getBytes(StandardCharsets.UTF_8)));
                    if (!question.body().contains("id=\"sportello-reset-security-question\"")) {
                        throw new AssertionError(
                                "no security question after the SMS code: " + FormMatrix.excerpt(question.body()));
                    }
                },
                "sportello-reset-security-question",
                Map.of("securityAnswer", "carducci"),
                List.of("securityAnswer"),
                a -> false,
                (marker, answer, field, value) -> answer.body().contains("id=\"password-new\"")
                                || !credentials(questionAccounts).equals(before)
                        ? "a wrong answer was let through or changed an account's credentials"
                        : null,
                false);
    }

    /** Clears what the security question's wrong answers counted. */
    public void tearDown() {
        questionAccounts.forEach(a -> realm.admin().attackDetection().clearBruteForceForUser(a.id()));
    }

    private void codePage(FormSession session, String username) throws Exception {
        session.open(login.authorizationUrl("it"));
        session.follow(RESET_LINK);
        FormSession.Answer page = session.post(
                "sportello-reset-choose-user",
                Map.of(
                        "username", username.getBytes(StandardCharsets.UTF_8),
                        "channel", "sms".getBytes(StandardCharsets.UTF_8)));
        if (!page.body().contains("id=\"sportello-reset-sms-code\"")) {
            throw new AssertionError("no SMS code page for " + username + ": " + FormMatrix.excerpt(page.body()));
        }
    }

    /** The code of the newest SMS to the mobile after the first {@code before} ones (the gateway gets it inline). */
    private String lastCodeTo(String mobile, int before) throws InterruptedException {
        for (int wait = 0; wait < 50; wait++) {
            List<LoggedRequest> sent = gateway.sent();
            for (int i = sent.size() - 1; i >= before; i--) {
                if (sent.get(i).getBodyAsString().contains(mobile)) {
                    return FakeSmsGateway.code(sent.get(i));
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no SMS to " + mobile);
    }

    /** The accounts' credentials as comparable text: user, type, id and creation time of each. */
    private List<String> credentials(List<Account> accounts) {
        List<String> all = new ArrayList<>();
        for (Account account : accounts) {
            realm.admin().users().get(account.id()).credentials().stream()
                    .map(c -> account.username() + ":" + c.getType() + ":" + c.getId() + ":" + c.getCreatedDate())
                    .sorted()
                    .forEach(all::add);
        }
        return all;
    }

    /**
     * A local account with a verified email and the verified mobile an administrator recorded (as SmsResetIT makes
     * them) and, when an answer is given, a security question stored as ResetCredentialsIT stores one through the
     * admin API: PBKDF2-HMAC-SHA512 over the normalized answer, a format the provider still reads.
     */
    private Account createUser(String username, String mobile, String answer) throws Exception {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(username + "@example.com");
        user.setEmailVerified(true);
        user.setEnabled(true);
        user.setFirstName("Prova");
        user.setLastName("Matrice");
        user.setAttributes(Map.of("mobile", List.of(mobile)));
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue("Iniziale-Matrice-2026");
        password.setTemporary(false);
        user.setCredentials(answer == null ? List.of(password) : List.of(password, question(answer)));
        try (Response created = realm.admin().users().create(user)) {
            if (created.getStatus() != 201) {
                throw new AssertionError("user " + username + " not created: " + created.getStatus());
            }
            String location = created.getLocation().getPath();
            return new Account(username, location.substring(location.lastIndexOf('/') + 1), mobile);
        }
    }

    private static CredentialRepresentation question(String normalizedAnswer) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        int iterations = 210_000;
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(normalizedAnswer.toCharArray(), salt, iterations, 512))
                .getEncoded();
        CredentialRepresentation question = new CredentialRepresentation();
        question.setType("sportello-security-question");
        question.setCredentialData("{\"questionKey\":\"" + FIRST_SCHOOL + "\"}");
        question.setSecretData("{\"algorithm\":\"pbkdf2-sha512\",\"hashIterations\":" + iterations + ",\"value\":\""
                + Base64.getEncoder().encodeToString(hash) + "\",\"salt\":\""
                + Base64.getEncoder().encodeToString(salt) + "\"}");
        return question;
    }
}
