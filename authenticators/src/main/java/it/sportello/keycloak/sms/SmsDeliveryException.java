package it.sportello.keycloak.sms;

import java.util.Locale;

/**
 * An SMS the gateway did not accept. The message names the provider, the reason and the HTTP status only: never the
 * gateway's answer (it may echo the number, the text or a credential), a header or a URL with a query.
 */
public final class SmsDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the text was not sent. */
    public enum Reason {
        /** The sender lacks a setting or a vault entry: an operator's mistake, not the gateway's. */
        NOT_CONFIGURED,
        /** The gateway refused the request (4xx): credentials, number, balance. */
        REJECTED,
        /** The gateway failed (5xx or an answer that is not a success). */
        GATEWAY_ERROR,
        /** No answer within the read timeout. */
        TIMEOUT,
        /** No connection (refused, DNS, TLS, connect timeout). */
        UNREACHABLE;

        /** Lower case, for events and logs. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final int status;

    public SmsDeliveryException(String provider, Reason reason, int status) {
        super("sportello-sms " + provider + ": " + reason.code() + (status > 0 ? " (HTTP " + status + ")" : ""));
        this.reason = reason;
        this.status = status;
    }

    public Reason reason() {
        return reason;
    }

    /** The gateway's HTTP status, 0 when there was none. */
    public int status() {
        return status;
    }
}
