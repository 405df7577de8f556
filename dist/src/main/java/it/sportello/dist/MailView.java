package it.sportello.dist;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One received mail as the mail viewer shows it: its headers decoded and its plain-text and HTML bodies taken out of
 * the MIME structure (Keycloak sends multipart/alternative). {@code id} is the sequence number {@link MailLog} gave the
 * mail on arrival, so a link to a mail keeps pointing at it when new mails arrive.
 */
record MailView(int id, Instant received, String from, String to, String subject, String text, String html) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static MailView of(int id, Instant received, Message message) {
        try {
            Bodies bodies = new Bodies();
            bodies.collect(message);
            return new MailView(
                    id,
                    received,
                    addresses(message.getFrom()),
                    addresses(message.getAllRecipients()),
                    message.getSubject(),
                    bodies.text,
                    bodies.html);
        } catch (MessagingException | IOException e) {
            return new MailView(id, received, "", "", "(unreadable mail)", String.valueOf(e.getMessage()), null);
        }
    }

    /** When the mail sink received the mail, in the demo machine's time zone, for the pages. */
    String date() {
        return DATE.format(received.atZone(ZoneId.systemDefault()));
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress internet ? internet.toUnicodeString() : a.toString())
                .collect(Collectors.joining(", "));
    }

    /** The first text/plain and text/html parts that are not attachments. */
    private static final class Bodies {
        private String text;
        private String html;

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    collect(multipart.getBodyPart(i));
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            }
        }
    }
}
