package it.sportello.dist;

import java.util.List;

/** The mail viewer's pages. Everything that comes from a mail is HTML-escaped: mails are shown, never rendered. */
final class MailPages {

    private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"refresh\" content=\"5\"><title>Sportello demo mails</title>"
            + "<style>body{font-family:sans-serif;margin:2rem}td,th{padding:.3rem .8rem;text-align:left}"
            + "pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}</style></head><body>";
    private static final String TAIL = "</body></html>";

    private MailPages() {}

    static String list(List<MailView> mails) {
        StringBuilder html = new StringBuilder(HEAD).append("<h1>Mails sent by the demo</h1>");
        if (mails.isEmpty()) {
            html.append("<p>No mail yet. This page refreshes every 5 seconds.</p>");
        } else {
            html.append("<table><tr><th>Date</th><th>From</th><th>To</th><th>Subject</th></tr>");
            for (MailView mail : mails) {
                html.append("<tr><td>")
                        .append(escape(mail.date()))
                        .append("</td><td>")
                        .append(escape(mail.from()))
                        .append("</td><td>")
                        .append(escape(mail.to()))
                        .append("</td><td><a href=\"/mail/")
                        .append(mail.index())
                        .append("\">")
                        .append(escape(mail.subject()))
                        .append("</a></td></tr>");
            }
            html.append("</table>");
        }
        return html.append(TAIL).toString();
    }

    static String detail(MailView mail) {
        return HEAD + "<p><a href=\"/\">All mails</a></p><h1>" + escape(mail.subject()) + "</h1>"
                + "<p>From " + escape(mail.from()) + " to " + escape(mail.to()) + ", " + escape(mail.date()) + "</p>"
                + "<pre>" + escape(mail.body()) + "</pre>" + TAIL;
    }

    static String notFound() {
        return HEAD + "<p>No such mail. <a href=\"/\">All mails</a></p>" + TAIL;
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
