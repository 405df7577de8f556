package it.sportello.benchmark.load;

import it.sportello.benchmark.crm.SyntheticCrm;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The journeys through Sportello's login pages that one operation is: claiming an account, asking for a reset. */
final class FormJourneys {

    /** Password the claim scenario chooses for each claimed account. */
    static final String CLAIM_PASSWORD = "Bench-Claimed-2026";

    /**
     * The start of the realm's {@code emailSentMessage} in the sportello login theme (Italian, as the driver asks with
     * {@code ui_locales=it}): the page every reset request ends on, account or not.
     */
    static final String EMAIL_SENT = "Se esiste un account per i dati inseriti";

    private static final Pattern RESET_LINK = Pattern.compile("href=\"([^\"]*login-actions/reset-credentials[^\"]*)\"");

    private final String realmUrl;
    private final SyntheticCrm crm;

    FormJourneys(String realmUrl, SyntheticCrm crm) {
        this.realmUrl = realmUrl;
        this.crm = crm;
    }

    /** Claims the account of customer {@code index}, from the registration link to the verify-email page. */
    void claim(Browser b, int index) throws Exception {
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
        choose.put("securityQuestion", "sportelloQuestionFirstSchool");
        choose.put("securityAnswer", "Scuola Dante " + index);
        choose.put("securityAnswerConfirm", "Scuola Dante " + index);
        Browser.Page done = b.post(Browser.formAction(complete, "sportello-claim-complete"), choose);
        if (done.status() >= 400 || done.body().contains("id=\"sportello-claim-complete\"")) {
            throw new OperationFailed("claim not completed: " + Browser.describe(done));
        }
        // on to the verify-email page, whose first showing sends the verification mail (counted by the sink)
        for (int redirects = 0; done.status() == 302 && done.location() != null && redirects < 3; redirects++) {
            done = b.get(done.location());
        }
        if (done.status() != 200 || !done.body().contains("VERIFY_EMAIL")) {
            throw new OperationFailed("claim did not end on the verify-email page: " + Browser.describe(done));
        }
    }

    /**
     * Asks for a password reset by customer code (taken when the form is there), from the login page's link to the
     * email-sent page.
     */
    void reset(Browser b, Supplier<String> customerCode) throws Exception {
        b.forget();
        Browser.Page login = b.get(b.new Authorization().url("auth"));
        Browser.expect(login, 200);
        Matcher link = RESET_LINK.matcher(login.body());
        if (!link.find()) {
            throw new OperationFailed("no reset link on the login page");
        }
        String href = link.group(1).replace("&amp;", "&");
        Browser.Page form = b.get(href.startsWith("http") ? href : realmUrl.replaceAll("/realms/.*", "") + href);
        Browser.expect(form, 200);
        Browser.Page sent =
                b.post(Browser.formAction(form, "sportello-reset-choose-user"), Map.of("username", customerCode.get()));
        if (sent.status() == 302 && sent.location() != null) {
            sent = b.get(sent.location());
        }
        // the page says "email sent" whether or not an account exists: the mail sink's count per run says it was
        if (sent.status() != 200 || !sent.body().contains(EMAIL_SENT)) {
            throw new OperationFailed("reset did not end on the email-sent page: " + Browser.describe(sent));
        }
    }
}
