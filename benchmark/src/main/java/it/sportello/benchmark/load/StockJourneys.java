package it.sportello.benchmark.load;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The stock baselines of the mailed journeys, on the benchmark's stock realm (Keycloak's own flows and theme, local
 * users): a registration with email verification, and a password reset followed by the sign-in, each from the first
 * page to a signed-in token, following the link from the mail.
 */
final class StockJourneys {

    /** Password of each account the registration scenario creates. */
    static final String REGISTER_PASSWORD = "Bench-Register-2026";

    private final MailLinks mail;
    private final AtomicInteger registered = new AtomicInteger();

    StockJourneys(MailLinks mail) {
        this.mail = mail;
    }

    /**
     * Registers a new local user: the form (no password: Keycloak asks it after the verification), the verify-email
     * page (its mail), the link, the password, the code redeemed.
     */
    Browser.Tokens register(Browser b) throws Exception {
        int n = registered.getAndIncrement();
        String username = "bench-register-" + n;
        String email = username + "@register.example";
        b.forget();
        Browser.Authorization authorization = b.new Authorization();
        Browser.Page page = b.get(authorization.url("registrations"));
        Browser.expect(page, 200);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("firstName", "Bench");
        form.put("lastName", "Register " + n);
        form.put("email", email);
        form.put("username", username);
        int before = mail.received(email);
        Browser.Page verify = b.follow(b.post(Browser.formAction(page, "kc-register-form"), form));
        if (verify.status() != 200 || !verify.body().contains("VERIFY_EMAIL")) {
            throw new OperationFailed("registration did not end on the verify-email page: " + Browser.describe(verify));
        }
        // Keycloak asks the password once the address is verified (the registration form has no password fields when
        // the realm verifies email, unless the deprecated "always set password on register form" is on)
        return authorization.redeem(LinkSteps.newPassword(b, mail.actionLink(email, before), REGISTER_PASSWORD));
    }

    /**
     * Resets a local user's password to the same value on a realm whose email step forces the sign-in
     * ({@code force-login} true): request, the link, the new password, Keycloak's "account updated" page (no code),
     * then the sign-in with the new password in the same browser, the code redeemed.
     */
    Browser.Tokens resetThenSignIn(Browser b, String username) throws Exception {
        b.forget();
        Browser.Page done = resetPassword(b, username);
        // the new password taken (no form again) and no redirect with a code: the flow's last page
        if (done.status() != 200 || done.body().contains("kc-passwd-update-form")) {
            throw new OperationFailed("reset did not end on the account-updated page: " + Browser.describe(done));
        }
        return b.signIn(username, Scenarios.LOCAL_PASSWORD);
    }

    /** A local user's reset to the same password, up to the page after the new password. */
    private Browser.Page resetPassword(Browser b, String username) throws Exception {
        Browser.Authorization authorization = b.new Authorization();
        String email = username + Scenarios.LOCAL_USER_DOMAIN;
        Browser.Page form = LinkSteps.resetForm(b, authorization);
        int before = mail.received(email);
        Browser.Page sent =
                b.follow(b.post(Browser.formAction(form, "kc-reset-password-form"), Map.of("username", username)));
        Browser.expect(sent, 200);
        return LinkSteps.newPassword(b, mail.actionLink(email, before), Scenarios.LOCAL_PASSWORD);
    }
}
