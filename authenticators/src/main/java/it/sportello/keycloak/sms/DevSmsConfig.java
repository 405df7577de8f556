package it.sportello.keycloak.sms;

import java.util.function.Function;
import java.util.regex.Pattern;

/** Typed view of the {@code dev} sender's server options. */
final class DevSmsConfig {

    static final String MAIL_DOMAIN = "mailDomain";
    /** A reserved top-level domain: no real mailbox ever receives these. */
    static final String DEFAULT_MAIL_DOMAIN = "sms.sportello.invalid";

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9.-]{1,200}");

    private final Function<String, String> options;

    DevSmsConfig(Function<String, String> options) {
        this.options = options;
    }

    String mailDomain() {
        String value = options.apply(MAIL_DOMAIN);
        return value != null && DOMAIN.matcher(value.strip()).matches() ? value.strip() : DEFAULT_MAIL_DOMAIN;
    }
}
