package it.sportello.dist;

import java.util.List;

/**
 * The mail viewer's JSON API ({@code /api/mails}, {@code /api/mails/{id}}), for scripts and tests that want a link out
 * of the demo's mails. Written by hand: the demo launcher has no JSON library and needs only strings and numbers.
 */
final class MailJson {

    private MailJson() {}

    /** Every mail, newest first: id, received (ISO-8601), from, to, subject and the plain-text body. */
    static String list(List<MailView> newestFirst) {
        StringBuilder json = new StringBuilder("[");
        for (MailView mail : newestFirst) {
            if (json.length() > 1) {
                json.append(',');
            }
            fields(json, mail).append('}');
        }
        return json.append(']').toString();
    }

    /** One mail: the list's fields and its HTML body (null when the mail has none). */
    static String one(MailView mail) {
        StringBuilder json = fields(new StringBuilder(), mail);
        return json.append(",\"html\":").append(string(mail.html())).append('}').toString();
    }

    static String notFound() {
        return "{\"type\":\"about:blank\",\"title\":\"No such mail\",\"status\":404}";
    }

    private static StringBuilder fields(StringBuilder json, MailView mail) {
        return json.append("{\"id\":")
                .append(mail.id())
                .append(",\"received\":")
                .append(string(mail.received().toString()))
                .append(",\"from\":")
                .append(string(mail.from()))
                .append(",\"to\":")
                .append(string(mail.to()))
                .append(",\"subject\":")
                .append(string(mail.subject()))
                .append(",\"text\":")
                .append(string(mail.text()));
    }

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped; null stays null. */
    static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
