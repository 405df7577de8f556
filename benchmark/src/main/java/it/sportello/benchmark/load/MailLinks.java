package it.sportello.benchmark.load;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The action-token links Keycloak mails to the benchmark's sink (email verification, password reset), read by the
 * virtual user that asked for them: the whole journey of a registration, a claim or a reset follows its link, as a
 * person would. The sink is purged before each run, and every address receives only its own operations' mails.
 */
public final class MailLinks {

    private static final Pattern ACTION_TOKEN =
            Pattern.compile("https?://[^\\s\"'<>]*/login-actions/action-token\\?[^\\s\"'<>]*");

    /** Keycloak sends within the request; a short wait covers the sink's own delivery thread. */
    private static final long WAIT_MILLIS = 5_000;

    private final GreenMail mail;

    public MailLinks(GreenMail mail) {
        this.mail = mail;
    }

    /** How many mails this address has received so far in the run: pass it to {@link #actionLink}. */
    int received(String address) {
        return mail == null ? 0 : mail.getReceivedMessagesForDomain(address).length;
    }

    /**
     * The action-token link of the newest mail to {@code address} after the first {@code before} ones that has one,
     * waiting for it briefly.
     */
    String actionLink(String address, int before) throws Exception {
        if (mail == null) {
            throw new OperationFailed("no mail sink");
        }
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        do {
            MimeMessage[] messages = mail.getReceivedMessagesForDomain(address);
            for (int i = messages.length - 1; i >= before; i--) {
                Matcher link = ACTION_TOKEN.matcher(text(messages[i]));
                if (link.find()) {
                    return link.group().replace("&amp;", "&");
                }
            }
            Thread.sleep(20);
        } while (System.currentTimeMillis() < deadline);
        throw new OperationFailed("no mail with an action link to the address within " + WAIT_MILLIS + " ms");
    }

    /** The decoded text of every part (plain text and HTML) of a message. */
    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                all.append(text(body)).append('\n');
            }
            return all.toString();
        }
        return content instanceof String text ? text : "";
    }
}
