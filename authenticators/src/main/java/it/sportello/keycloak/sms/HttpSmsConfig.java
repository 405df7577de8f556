package it.sportello.keycloak.sms;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed view of the {@code http} sender's server options ({@code --spi-sportello-sms--http--<option>}); defaults and
 * bounds live here. Values may hold {@code ${vault.<key>}} references, filled at each send ({@link SmsSecrets}).
 */
final class HttpSmsConfig {

    static final String URL = "url";
    static final String METHOD = "method";
    static final String HEADERS = "headers";
    static final String BODY_TEMPLATE = "bodyTemplate";
    static final String CONTENT_TYPE = "contentType";
    static final String CONNECT_TIMEOUT_MILLIS = "connectTimeoutMillis";
    static final String READ_TIMEOUT_MILLIS = "readTimeoutMillis";

    static final String DEFAULT_METHOD = "POST";
    static final String DEFAULT_CONTENT_TYPE = "application/json";
    static final String DEFAULT_BODY_TEMPLATE = "{\"to\":\"{{number}}\",\"text\":\"{{text}}\"}";
    static final int DEFAULT_CONNECT_TIMEOUT_MILLIS = 2_000;
    static final int DEFAULT_READ_TIMEOUT_MILLIS = 5_000;
    static final int MIN_TIMEOUT_MILLIS = 100;
    static final int MAX_TIMEOUT_MILLIS = 30_000;

    private static final List<String> METHODS = List.of("POST", "PUT", "GET");

    private final Function<String, String> options;

    /** @param options an option name to its value, null when unset ({@code Config.Scope::get}) */
    HttpSmsConfig(Function<String, String> options) {
        this.options = options;
    }

    /** The gateway's URL; empty when unset or not http(s), and then every send is {@code not_configured}. */
    Optional<String> url() {
        String value = option(URL);
        if (value == null) {
            return Optional.empty();
        }
        try {
            String scheme = URI.create(value.replaceAll("\\{\\{[a-z.A-Z0-9_-]+}}|\\$\\{vault\\.[^}]+}", "x"))
                    .getScheme();
            return "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)
                    ? Optional.of(value)
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String method() {
        String value = option(METHOD);
        String upper = value == null ? DEFAULT_METHOD : value.toUpperCase(Locale.ROOT);
        return METHODS.contains(upper) ? upper : DEFAULT_METHOD;
    }

    /** {@code Name: value} pairs, separated by commas in the option. */
    List<String[]> headers() {
        String value = option(HEADERS);
        List<String[]> headers = new ArrayList<>();
        if (value == null) {
            return headers;
        }
        for (String entry : value.split(",")) {
            int colon = entry.indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {
                    entry.substring(0, colon).strip(),
                    entry.substring(colon + 1).strip()
                });
            }
        }
        return headers;
    }

    String bodyTemplate() {
        String value = option(BODY_TEMPLATE);
        return value == null ? DEFAULT_BODY_TEMPLATE : value;
    }

    String contentType() {
        String value = option(CONTENT_TYPE);
        return value == null ? DEFAULT_CONTENT_TYPE : value;
    }

    Duration connectTimeout() {
        return Duration.ofMillis(millis(CONNECT_TIMEOUT_MILLIS, DEFAULT_CONNECT_TIMEOUT_MILLIS));
    }

    Duration readTimeout() {
        return Duration.ofMillis(millis(READ_TIMEOUT_MILLIS, DEFAULT_READ_TIMEOUT_MILLIS));
    }

    private int millis(String key, int defaultValue) {
        String value = option(key);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Math.max(MIN_TIMEOUT_MILLIS, Math.min(Integer.parseInt(value), MAX_TIMEOUT_MILLIS));
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    private String option(String key) {
        String value = options.apply(key);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
