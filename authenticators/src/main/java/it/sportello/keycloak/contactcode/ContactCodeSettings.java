package it.sportello.keycloak.contactcode;

import java.time.Duration;

/**
 * The names and limits one {@link ContactCodeRequiredAction} works with: its page and form fields, its auth-session
 * notes, its rate-limit scope, its event detail and error, the message keys of the steps all such actions share.
 *
 * @param template the page's FreeMarker template
 * @param attribute the user attribute holding the verified contact
 * @param contactField the form field holding the typed contact (address, number)
 * @param codeField the form field holding the typed code
 * @param stepAttribute the template attribute naming the step shown
 * @param contactStep the step value of the page asking for the contact ({@code code} is the other)
 * @param currentAttribute the template attribute with the current contact, masked
 * @param pendingAttribute the template attribute with the contact being verified, masked
 * @param detail the {@code UPDATE_PROFILE} event detail ({@code changed}, {@code removed}, {@code code-...})
 * @param codeRefusedError the event error of a refused code
 * @param notePending the auth-session note holding the contact being verified
 * @param notePrefix the prefix of the {@link CodeChallenge}'s notes
 * @param rateScope the rate-limit scope counting the codes sent per account
 * @param lifetime how long a code lives
 * @param maxTries wrong tries allowed per code
 * @param codesPerHour codes sent per account per hour at most
 * @param messages the message keys of the shared steps
 */
public record ContactCodeSettings(
        String template,
        String attribute,
        String contactField,
        String codeField,
        String stepAttribute,
        String contactStep,
        String currentAttribute,
        String pendingAttribute,
        String detail,
        String codeRefusedError,
        String notePending,
        String notePrefix,
        String rateScope,
        Duration lifetime,
        int maxTries,
        int codesPerHour,
        Messages messages) {

    /** Message keys of the steps every contact shares: the limit, delivery, and what checking the code found. */
    public record Messages(
            String tooManyCodes,
            String sendFailed,
            String codeRequired,
            String codeWrong,
            String codeExhausted,
            String codeExpired) {}
}
