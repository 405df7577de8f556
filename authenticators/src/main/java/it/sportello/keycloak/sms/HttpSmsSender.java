package it.sportello.keycloak.sms;

import it.sportello.keycloak.mobile.MobileNumber;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The {@code http} sender: one request per SMS, built from the URL, method, headers and body template of its settings
 * with the placeholders {@code {{number}}} (E.164), {@code {{digits}}} (E.164 without the plus) and {@code {{text}}},
 * escaped for where they stand: URL-encoded in the URL and a form body, JSON-escaped in a JSON body. The vault
 * references are filled first, so that nothing a customer typed can name a vault key.
 */
final class HttpSmsSender implements SmsSender {

    static final String PROVIDER = HttpSmsSenderFactory.PROVIDER_ID;

    private final HttpClient client;
    private final HttpSmsConfig config;
    private final SmsSecrets secrets;

    HttpSmsSender(HttpClient client, HttpSmsConfig config, SmsSecrets secrets) {
        this.client = client;
        this.config = config;
        this.secrets = secrets;
    }

    @Override
    public void send(MobileNumber to, String text) throws SmsDeliveryException {
        String url = config.url()
                .orElseThrow(() -> new SmsDeliveryException(PROVIDER, SmsDeliveryException.Reason.NOT_CONFIGURED, 0));
        URI uri;
        try {
            uri = URI.create(fill(secrets.resolve(PROVIDER, url), to, text, Escape.URL));
        } catch (IllegalArgumentException e) {
            throw new SmsDeliveryException(PROVIDER, SmsDeliveryException.Reason.NOT_CONFIGURED, 0);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(config.readTimeout());
        for (String[] header : config.headers()) {
            request.header(header[0], secrets.resolve(PROVIDER, header[1]));
        }
        if ("GET".equals(config.method())) {
            request.GET();
        } else {
            String body = fill(secrets.resolve(PROVIDER, config.bodyTemplate()), to, text, bodyEscape());
            request.header("Content-Type", config.contentType())
                    .method(config.method(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        SmsHttpCall.send(client, PROVIDER, request.build());
    }

    private Escape bodyEscape() {
        String type = config.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("json")) {
            return Escape.JSON;
        }
        return type.contains("x-www-form-urlencoded") ? Escape.URL : Escape.NONE;
    }

    static String fill(String template, MobileNumber to, String text, Escape escape) {
        return template.replace("{{number}}", escape.apply(to.e164()))
                .replace("{{digits}}", escape.apply(to.digits()))
                .replace("{{text}}", escape.apply(text));
    }

    /** How a placeholder's value is written where it stands. */
    enum Escape {
        NONE,
        URL,
        JSON;

        String apply(String value) {
            return switch (this) {
                case NONE -> value;
                case URL -> URLEncoder.encode(value, StandardCharsets.UTF_8);
                case JSON -> json(value);
            };
        }

        private static String json(String value) {
            StringBuilder escaped = new StringBuilder(value.length() + 8);
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> escaped.append("\\\"");
                    case '\\' -> escaped.append("\\\\");
                    case '\n' -> escaped.append("\\n");
                    case '\r' -> escaped.append("\\r");
                    case '\t' -> escaped.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            escaped.append(String.format("\\u%04x", (int) c));
                        } else {
                            escaped.append(c);
                        }
                    }
                }
            }
            return escaped.toString();
        }
    }
}
