package it.sportello.dist;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mail viewer's pages. Everything that comes from a mail is HTML-escaped: the list and the detail page show mails
 * as text (with their http links made clickable, for activation and reset links); only the separate "rendered HTML"
 * page serves a mail's own HTML, and MailSink serves that one in a script-less CSP sandbox.
 */
final class MailPages {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");
    private static final String TAIL = "</body></html>";

    private MailPages() {}

    static String list(List<MailView> newestFirst) {
        StringBuilder html = new StringBuilder(head(true)).append("<h1>Mails sent by the demo</h1>");
        if (newestFirst.isEmpty()) {
            html.append("<p>No mail yet. This page refreshes every 5 seconds.</p>");
        } else {
            html.append("<p>Newest first, for every recipient. As JSON: <a href=\"/api/mails\">/api/mails</a></p>")
                    .append("<table><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th></tr>");
            for (MailView mail : newestFirst) {
                html.append("<tr><td>")
                        .append(escape(mail.date()))
                        .append("</td><td>")
                        .append(escape(mail.from()))
                        .append("</td><td>")
                        .append(escape(mail.to()))
                        .append("</td><td><a href=\"/mail/")
                        .append(mail.id())
                        .append("\">")
                        .append(
                                mail.subject() == null || mail.subject().isBlank()
                                        ? "(no subject)"
                                        : escape(mail.subject()))
                        .append("</a></td></tr>");
            }
            html.append("</table>");
        }
        return html.append(TAIL).toString();
    }

    static String detail(MailView mail) {
        StringBuilder html = new StringBuilder(head(false))
                .append("<p><a href=\"/\">All mails</a></p><h1>")
                .append(escape(mail.subject()))
                .append("</h1><p>From ")
                .append(escape(mail.from()))
                .append(" to ")
                .append(escape(mail.to()))
                .append(", ")
                .append(escape(mail.date()))
                .append("</p>");
        if (mail.html() != null) {
            html.append("<p><a href=\"/mail/").append(mail.id()).append("/html\">Rendered HTML</a></p>");
        }
        if (mail.text() != null) {
            html.append("<h2>Text</h2><pre>").append(linkify(mail.text())).append("</pre>");
        }
        if (mail.html() != null) {
            html.append("<details><summary>HTML source</summary><pre>")
                    .append(escape(mail.html()))
                    .append("</pre></details>");
        }
        return html.append(TAIL).toString();
    }

    static String notFound() {
        return head(false) + "<p>No such mail. <a href=\"/\">All mails</a></p>" + TAIL;
    }

    /** Escapes the text and makes its http(s) URLs links; the URLs are escaped too, so nothing else becomes markup. */
    static String linkify(String text) {
        StringBuilder out = new StringBuilder();
        Matcher link = LINK.matcher(text);
        int done = 0;
        while (link.find()) {
            String url = trimPunctuation(link.group());
            out.append(escape(text.substring(done, link.start())))
                    .append("<a href=\"")
                    .append(escape(url))
                    .append("\">")
                    .append(escape(url))
                    .append("</a>");
            done = link.start() + url.length();
        }
        return out.append(escape(text.substring(done))).toString();
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

    /** A sentence's full stop or closing parenthesis after a URL is not part of it. */
    private static String trimPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?)".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    private static String head(boolean refresh) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + (refresh ? "<meta http-equiv=\"refresh\" content=\"5\">" : "")
                + "<title>Sportello demo mails</title>"
                + "<style>body{font-family:sans-serif;margin:2rem}td,th{padding:.3rem .8rem;text-align:left}"
                + "tr:nth-child(even){background:#f4f4f4}pre{white-space:pre-wrap;background:#f4f4f4;padding:1rem}"
                + "</style></head><body>";
    }
}
