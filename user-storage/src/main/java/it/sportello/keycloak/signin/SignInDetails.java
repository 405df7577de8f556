package it.sportello.keycloak.signin;

import java.util.Locale;

/**
 * The detail Sportello adds to Keycloak's {@code LOGIN} event: the browser and system of the sign-in, coarse (family
 * and system name, no versions, no user-agent string), so that the portal's home page can say where the previous
 * sign-in came from without the realm storing a fingerprint. Written by the sign-in form, read by the portal.
 */
public final class SignInDetails {

    /** Event detail key, e.g. {@code "Firefox, Windows"}. */
    public static final String BROWSER = "sportello_browser";

    private static final int MAX_PART = 40;

    private SignInDetails() {}

    /**
     * "Browser, system" from Keycloak's device representation ({@code Chrome/120.0.1}, {@code Linux}); the version is
     * dropped, unknown parts ("Other", blank) are left out; null when nothing is known.
     */
    public static String browser(String browser, String os) {
        String family = part(browser == null ? null : browser.split("/", 2)[0]);
        String system = part(os);
        if (family == null) {
            return system;
        }
        return system == null ? family : family + ", " + system;
    }

    private static String part(String value) {
        if (value == null || value.isBlank() || "other".equals(value.trim().toLowerCase(Locale.ROOT))) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.length() > MAX_PART ? trimmed.substring(0, MAX_PART) : trimmed;
    }
}
