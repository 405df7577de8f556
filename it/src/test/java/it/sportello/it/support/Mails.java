package it.sportello.it.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.keycloak.testframework.mail.MailServer;

/** Reads what the test SMTP server caught. */
public final class Mails {

    private static final Pattern LINK =
            Pattern.compile("https?://[^\\s\"<>]+login-actions/action-token\\?key=[^\\s\"<>]+");

    private Mails() {}

    /** Waits for the n-th mail since the server started and returns it. */
    public static MimeMessage awaitMail(MailServer mail, int count) {
        if (!mail.waitForIncomingEmail(20_000, count)) {
            throw new AssertionError("Expected " + count + " mail(s), got " + mail.getReceivedMessages().length);
        }
        return mail.getReceivedMessages()[count - 1];
    }

    /** The plain-text part of a mail, decoded (Keycloak sends text and HTML alternatives). */
    public static String plainText(MimeMessage message) throws Exception {
        String text = plainText((Part) message);
        if (text == null) {
            throw new AssertionError("No text/plain part in mail " + message.getSubject());
        }
        return text;
    }

    private static String plainText(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String text = plainText(child);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    /** The action-token link of a Keycloak mail (verification, activation, reset). */
    public static String actionLink(MimeMessage message) throws Exception {
        String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(message)
                .replace("=\r\n", "")
                .replace("=3D", "=");
        Matcher matcher = LINK.matcher(body.replace("&amp;", "&"));
        if (!matcher.find()) {
            throw new AssertionError("No action link in mail: " + body);
        }
        return matcher.group();
    }

    /** The first mail since the {@code from}-th that carries an action-token link. */
    public static MimeMessage withActionLink(MailServer mail, int from) throws Exception {
        MimeMessage[] received = mail.getReceivedMessages();
        for (int i = from; i < received.length; i++) {
            String body = com.icegreen.greenmail.util.GreenMailUtil.getBody(received[i])
                    .replace("=\r\n", "")
                    .replace("=3D", "=");
            if (LINK.matcher(body.replace("&amp;", "&")).find()) {
                return received[i];
            }
        }
        throw new AssertionError("No mail with an action link since mail " + from);
    }
}
