package it.sportello.benchmark.load;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps the stock and the Sportello journeys share: the login page's "forgot password" link, and the second half
 * of a mailed link (the action token opened in the same browser, the new password where asked, the code redeemed).
 */
final class LinkSteps {

    private static final Pattern RESET_LINK = Pattern.compile("href=\"([^\"]*login-actions/reset-credentials[^\"]*)\"");
    private static final Pattern ACTION_LINK = Pattern.compile("href=\"([^\"]*login-actions/action-token[^\"]*)\"");

    private LinkSteps() {}

    /** From the login page of a new authorization to the reset-credentials form its link opens. */
    static Browser.Page resetForm(Browser b, Browser.Authorization authorization)
            throws IOException, InterruptedException {
        Browser.Page login = b.get(authorization.url("auth"));
        Browser.expect(login, 200);
        Matcher link = RESET_LINK.matcher(login.body());
        if (!link.find()) {
            throw new OperationFailed("no reset link on the login page");
        }
        String href = link.group(1).replace("&amp;", "&");
        Browser.Page form = b.follow(b.get(absolute(b, href)));
        Browser.expect(form, 200);
        return form;
    }

    /**
     * Opens a mailed action link in the browser that asked for it and returns the page it leads to: the redirect back
     * to the app (email verified), or the page of the flow's next step (the new password). A confirmation page with a
     * link of its own (Keycloak's, when it does not recognise the browser) is followed once.
     */
    static Browser.Page open(Browser b, String link) throws IOException, InterruptedException {
        Browser.Page page = b.follow(b.get(link));
        Matcher confirm = ACTION_LINK.matcher(page.status() == 200 ? page.body() : "");
        if (confirm.find()) {
            page = b.follow(b.get(absolute(b, confirm.group(1).replace("&amp;", "&"))));
        }
        return page;
    }

    /**
     * Opens a mailed link and sets {@code password} on the update-password page it leads to (a reset; Keycloak's own
     * registration with email verification asks the password there too). Returns the page after it: the redirect back
     * to the app, or the flow's last page.
     */
    static Browser.Page newPassword(Browser b, String link, String password) throws IOException, InterruptedException {
        Browser.Page update = open(b, link);
        Browser.expect(update, 200);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("password-new", password);
        params.put("password-confirm", password);
        return b.follow(b.post(Browser.formAction(update, "kc-passwd-update-form"), params));
    }

    private static String absolute(Browser b, String href) {
        return href.startsWith("http") ? href : b.realmUrl().replaceAll("/realms/.*", "") + href;
    }
}
