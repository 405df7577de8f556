package it.sportello.dist;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailViewTest {

    @Test
    void ofWhenMultipartAlternativeThenTextAndHtmlBodiesDecoded() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("noreply@sportello.example", "Sportello"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("mario.rossi@example.com"));
        message.setSubject("Il tuo account è pronto", "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Ciao Mario, è tutto pronto.", "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>Ciao Mario, è tutto pronto.</p>", "UTF-8", "html");
        message.setContent(new MimeMultipart("alternative", text, html));
        message.saveChanges();

        MailView mail = MailView.of(7, Instant.parse("2026-12-07T08:00:00Z"), message);

        assertThat(mail.id()).isEqualTo(7);
        assertThat(mail.from()).isEqualTo("Sportello <noreply@sportello.example>");
        assertThat(mail.to()).isEqualTo("mario.rossi@example.com");
        assertThat(mail.subject()).isEqualTo("Il tuo account è pronto");
        assertThat(mail.text()).isEqualTo("Ciao Mario, è tutto pronto.");
        assertThat(mail.html()).isEqualTo("<p>Ciao Mario, è tutto pronto.</p>");
    }

    @Test
    void ofWhenPlainTextOnlyThenNoHtml() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setSubject("Plain");
        message.setText("Only text");
        message.saveChanges();

        MailView mail = MailView.of(0, Instant.parse("2026-12-07T08:00:00Z"), message);

        assertThat(mail.text()).isEqualTo("Only text");
        assertThat(mail.html()).isNull();
        assertThat(mail.from()).isEmpty();
    }
}
