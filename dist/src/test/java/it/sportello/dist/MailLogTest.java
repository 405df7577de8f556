package it.sportello.dist;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailLogTest {

    private final MailLog log = new MailLog(Clock.fixed(Instant.parse("2026-12-07T08:00:00Z"), ZoneOffset.UTC));

    @Test
    void newestFirstWhenMailsForSeveralRecipientsThenInArrivalOrderNotGroupedByRecipient() throws Exception {
        log.received(mail("b@example.com", "First for b"));
        log.received(mail("a@example.com", "Then for a"));
        log.received(mail("b@example.com", "Again for b"));

        assertThat(log.newestFirst())
                .extracting(MailView::id, MailView::subject)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "Again for b"),
                        org.assertj.core.groups.Tuple.tuple(2, "Then for a"),
                        org.assertj.core.groups.Tuple.tuple(1, "First for b"));
    }

    @Test
    void byIdWhenNewMailArrivesThenEarlierIdsStillNameTheSameMail() throws Exception {
        int first = log.received(mail("z@example.com", "Activation"));
        // a mail for a recipient that sorts before the first one: with ids by mailbox, it took id 1
        log.received(mail("a@example.com", "Reset"));

        assertThat(log.byId(first)).get().extracting(MailView::subject).isEqualTo("Activation");
        assertThat(log.byId(2)).get().extracting(MailView::subject).isEqualTo("Reset");
        assertThat(log.byId(0)).isEmpty();
        assertThat(log.byId(3)).isEmpty();
    }

    @Test
    void receivedWhenOneMailIsDeliveredToEachOfItsRecipientsThenListedOnce() throws Exception {
        MimeMessage both = mail("a@example.com", "For two");
        both.addRecipient(Message.RecipientType.CC, new InternetAddress("b@example.com"));

        int forA = log.received(both);
        int forB = log.received(both);

        assertThat(forB).isEqualTo(forA);
        assertThat(log.newestFirst()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("a@example.com, b@example.com");
            assertThat(mail.received()).isEqualTo(Instant.parse("2026-12-07T08:00:00Z"));
        });
    }

    static MimeMessage mail(String to, String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("noreply@sportello.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText("Body of " + subject, "UTF-8");
        message.saveChanges();
        return message;
    }
}
