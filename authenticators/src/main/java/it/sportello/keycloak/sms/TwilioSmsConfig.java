package it.sportello.keycloak.sms;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed view of the {@code twilio} sender's server options ({@code --spi-sportello-sms--twilio--<option>}). The auth
 * token is never an option: only the name of the realm's vault entry that holds it.
 */
final class TwilioSmsConfig {

    static final String BASE_URL = "baseUrl";
    static final String ACCOUNT_SID = "accountSid";
    static final String AUTH_TOKEN_VAULT_KEY = "authTokenVaultKey";
    static final String FROM = "from";

    static final String DEFAULT_BASE_URL = "https://api.twilio.com";
    static final String DEFAULT_AUTH_TOKEN_VAULT_KEY = "twilio_auth_token";

    private static final Pattern SID = Pattern.compile("[A-Za-z0-9]{2,64}");
    private static final Pattern VAULT_KEY = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    /** A Messaging Service's id: Twilio takes it in place of a sender number. */
    private static final String MESSAGING_SERVICE_PREFIX = "MG";

    private final Function<String, String> options;
    private final HttpSmsConfig timeouts;

    TwilioSmsConfig(Function<String, String> options) {
        this.options = options;
        this.timeouts = new HttpSmsConfig(options);
    }

    String baseUrl() {
        String value = option(BASE_URL);
        String url = value == null || !(value.startsWith("https://") || value.startsWith("http://"))
                ? DEFAULT_BASE_URL
                : value;
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    Optional<String> accountSid() {
        String value = option(ACCOUNT_SID);
        return value != null && SID.matcher(value).matches() ? Optional.of(value) : Optional.empty();
    }

    String authTokenVaultKey() {
        String value = option(AUTH_TOKEN_VAULT_KEY);
        return value != null && VAULT_KEY.matcher(value).matches() ? value : DEFAULT_AUTH_TOKEN_VAULT_KEY;
    }

    Optional<String> from() {
        return Optional.ofNullable(option(FROM));
    }

    boolean fromIsMessagingService() {
        return from().map(f -> f.startsWith(MESSAGING_SERVICE_PREFIX)).orElse(false);
    }

    HttpSmsConfig timeouts() {
        return timeouts;
    }

    private String option(String key) {
        String value = options.apply(key);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
