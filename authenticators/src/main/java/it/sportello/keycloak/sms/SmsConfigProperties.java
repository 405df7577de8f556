package it.sportello.keycloak.sms;

import java.util.List;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * Server options of the {@code sportello-sms} senders, set as {@code --spi-sportello-sms--<provider>--<dash-case-name>}.
 * Defaults live in {@link HttpSmsConfig}, {@link TwilioSmsConfig} and {@link DevSmsConfig}.
 */
final class SmsConfigProperties {

    private static final String VAULT_HINT = " May hold ${vault.<key>} references, read from the realm's vault at each"
            + " send: put tokens there, never in the option itself.";

    static final List<ProviderConfigProperty> TIMEOUTS = ProviderConfigurationBuilder.create()
            .property()
            .name(HttpSmsConfig.CONNECT_TIMEOUT_MILLIS)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .helpText("Milliseconds to open the connection to the gateway (100 to 30000).")
            .defaultValue(HttpSmsConfig.DEFAULT_CONNECT_TIMEOUT_MILLIS)
            .add()
            .property()
            .name(HttpSmsConfig.READ_TIMEOUT_MILLIS)
            .type(ProviderConfigProperty.INTEGER_TYPE)
            .helpText("Milliseconds to wait for the gateway's answer (100 to 30000); past it the send fails as a"
                    + " timeout.")
            .defaultValue(HttpSmsConfig.DEFAULT_READ_TIMEOUT_MILLIS)
            .add()
            .build();

    static final List<ProviderConfigProperty> HTTP = concat(
            ProviderConfigurationBuilder.create()
                    .property()
                    .name(HttpSmsConfig.URL)
                    .type(ProviderConfigProperty.STRING_TYPE)
                    .helpText("The gateway's URL (http or https); placeholders {{number}}, {{digits}}, {{text}} are"
                            + " URL-encoded." + VAULT_HINT)
                    .add()
                    .property()
                    .name(HttpSmsConfig.METHOD)
                    .type(ProviderConfigProperty.LIST_TYPE)
                    .options("POST", "PUT", "GET")
                    .helpText("HTTP method; GET sends no body.")
                    .defaultValue(HttpSmsConfig.DEFAULT_METHOD)
                    .add()
                    .property()
                    .name(HttpSmsConfig.HEADERS)
                    .type(ProviderConfigProperty.STRING_TYPE)
                    .helpText("Extra headers, 'Name: value' separated by commas." + VAULT_HINT)
                    .add()
                    .property()
                    .name(HttpSmsConfig.BODY_TEMPLATE)
                    .type(ProviderConfigProperty.TEXT_TYPE)
                    .helpText("The request body with the placeholders {{number}} (E.164), {{digits}} (E.164 without"
                            + " the plus) and {{text}}, escaped for the content type (JSON or form)." + VAULT_HINT)
                    .defaultValue(HttpSmsConfig.DEFAULT_BODY_TEMPLATE)
                    .add()
                    .property()
                    .name(HttpSmsConfig.CONTENT_TYPE)
                    .type(ProviderConfigProperty.STRING_TYPE)
                    .helpText("Content-Type of the body.")
                    .defaultValue(HttpSmsConfig.DEFAULT_CONTENT_TYPE)
                    .add()
                    .build(),
            TIMEOUTS);

    static final List<ProviderConfigProperty> TWILIO = concat(
            ProviderConfigurationBuilder.create()
                    .property()
                    .name(TwilioSmsConfig.BASE_URL)
                    .type(ProviderConfigProperty.STRING_TYPE)
                    .helpText("Base URL of the Twilio-compatible API.")
                    .defaultValue(TwilioSmsConfig.DEFAULT_BASE_URL)
                    .add()
                    .property()
                    .name(TwilioSmsConfig.ACCOUNT_SID)
                    .type(ProviderConfigProperty.STRING_TYPE)
                    .helpText("The account SID (user name of the basic authentication).")
                    .add()
                    .property()
                    .name(TwilioSmsConfig.AUTH_TOKEN_VAULT_KEY)
                    .type(ProviderConfigProperty.STRING_TYPE)
                    .helpText("Name of the realm's vault entry that holds the auth token.")
                    .defaultValue(TwilioSmsConfig.DEFAULT_AUTH_TOKEN_VAULT_KEY)
                    .add()
                    .property()
                    .name(TwilioSmsConfig.FROM)
                    .type(ProviderConfigProperty.STRING_TYPE)
                    .helpText("Sender number in E.164, alphanumeric sender id, or a Messaging Service SID (MG...).")
                    .add()
                    .build(),
            TIMEOUTS);

    static final List<ProviderConfigProperty> DEV = ProviderConfigurationBuilder.create()
            .property()
            .name(DevSmsConfig.MAIL_DOMAIN)
            .type(ProviderConfigProperty.STRING_TYPE)
            .helpText("Development only: each SMS becomes a mail to sms-<digits>@<this domain> through the realm's SMTP"
                    + " server, so the demo's mail viewer shows it.")
            .defaultValue(DevSmsConfig.DEFAULT_MAIL_DOMAIN)
            .add()
            .build();

    private SmsConfigProperties() {}

    private static List<ProviderConfigProperty> concat(
            List<ProviderConfigProperty> first, List<ProviderConfigProperty> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
