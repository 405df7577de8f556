package it.sportello.benchmark.load;

import it.sportello.benchmark.crm.SyntheticCrm;
import java.util.LinkedHashMap;
import java.util.Map;

/** The journeys through Sportello's login pages that one operation is: claiming an account, a password reset. */
final class FormJourneys {

    /** Password the claim scenario chooses for each claimed account. */
    static final String CLAIM_PASSWORD = "Bench-Claimed-2026";

    /** Password the reset scenario sets. */
    static final String RESET_PASSWORD = "Bench-Reset-2026";

    /**
     * The start of the realm's {@code emailSentMessage} in the sportello login theme (Italian, as the driver asks with
     * {@code ui_locales=it}): the page every reset request ends on, account or not.
     */
    static final String EMAIL_SENT = "Se esiste un account per i dati inseriti";

    /** Keycloak's {@code accountUpdatedMessage} in Italian: the page the reset flow ends on for a CRM customer. */
    static final String ACCOUNT_UPDATED = "Il tuo utente è stato aggiornato";

    private final SyntheticCrm crm;
    private final MailLinks mail;

    FormJourneys(SyntheticCrm crm, MailLinks mail) {
        this.crm = crm;
        this.mail = mail;
    }

    /**
     * Claims the account of customer {@code index}, from the registration link to a signed-in token: the verify-email
     * page (whose first showing sends the verification mail), then the mail's link, then the code redeemed. With
     * {@code securityQuestion} the completion page also sets a question and its answer (the realm must ask it).
     */
    Browser.Tokens claim(Browser b, int index, boolean securityQuestion) throws Exception {
        String code = SyntheticCrm.customerCode(index);
        b.forget();
        Browser.Authorization authorization = b.new Authorization();
        Browser.Page page = b.get(authorization.url("registrations"));
        Browser.expect(page, 200);
        Map<String, String> verify = new LinkedHashMap<>();
        verify.put("customerCode", code);
        verify.put("taxId", crm.taxId(index));
        verify.put("invoiceNumber", SyntheticCrm.recentInvoiceNumber(index));
        Browser.Page confirm = b.post(Browser.formAction(page, "sportello-claim-verify"), verify);
        Browser.expect(confirm, 200);
        Browser.Page complete = b.post(Browser.formAction(confirm, "sportello-claim-confirm"), Map.of("confirm", ""));
        Browser.expect(complete, 200);
        // the verification link goes to the CRM's email of record: the page asks no address
        Map<String, String> choose = new LinkedHashMap<>();
        choose.put("password", CLAIM_PASSWORD);
        choose.put("password-confirm", CLAIM_PASSWORD);
        if (securityQuestion) {
            choose.put("securityQuestion", "sportelloQuestionFirstSchool");
            choose.put("securityAnswer", "Scuola Dante " + index);
            choose.put("securityAnswerConfirm", "Scuola Dante " + index);
        }
        String email = SyntheticCrm.email(code);
        int before = mail.received(email);
        Browser.Page done = b.post(Browser.formAction(complete, "sportello-claim-complete"), choose);
        if (done.status() >= 400 || done.body().contains("id=\"sportello-claim-complete\"")) {
            throw new OperationFailed("claim not completed: " + Browser.describe(done));
        }
        done = b.follow(done);
        if (done.status() != 200 || !done.body().contains("VERIFY_EMAIL")) {
            throw new OperationFailed("claim did not end on the verify-email page: " + Browser.describe(done));
        }
        return authorization.redeem(LinkSteps.open(b, mail.actionLink(email, before)));
    }

    /**
     * Resets the password of a customer by customer code, from the login page's link to a signed-in token: the
     * choose-user form (the account imported from the CRM), the email-sent page, the mail's link opened in the same
     * browser, a new password, then Keycloak's "account updated" page (checked), and the sign-in with the new password
     * in the same browser, the code redeemed. Keycloak's email step forces that sign-in for a federated account (its
     * {@code force-login} setting, default {@code only-federated}: see docs/benchmark.md), where the stock reset of a
     * local account goes straight back to the app with a code.
     */
    Browser.Tokens reset(Browser b, String code) throws Exception {
        b.forget();
        Browser.Authorization authorization = b.new Authorization();
        Browser.Page form = LinkSteps.resetForm(b, authorization);
        String email = SyntheticCrm.email(code);
        int before = mail.received(email);
        Browser.Page sent =
                b.follow(b.post(Browser.formAction(form, "sportello-reset-choose-user"), Map.of("username", code)));
        // the page says "email sent" whether or not an account exists: the mail's link says it was sent
        if (sent.status() != 200 || !sent.body().contains(EMAIL_SENT)) {
            throw new OperationFailed("reset did not end on the email-sent page: " + Browser.describe(sent));
        }
        Browser.Page done = LinkSteps.newPassword(b, mail.actionLink(email, before), RESET_PASSWORD);
        if (done.status() != 200 || !done.body().contains(ACCOUNT_UPDATED)) {
            throw new OperationFailed("reset did not end on the account-updated page: " + Browser.describe(done));
        }
        return b.signIn(code, RESET_PASSWORD);
    }
}
