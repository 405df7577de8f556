package it.sportello.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MailPagesTest {

    @Test
    void listWhenSubjectHasMarkupThenShownEscaped() {
        MailView mail = new MailView(0, "today", "a@example.com", "b@example.com", "<script>x()</script> & co", "");

        String html = MailPages.list(List.of(mail));

        assertThat(html).contains("&lt;script&gt;x()&lt;/script&gt; &amp; co").doesNotContain("<script>");
        assertThat(html).contains("href=\"/mail/0\"");
    }

    @Test
    void detailWhenBodyIsHtmlThenShownAsText() {
        MailView mail = new MailView(3, "today", "a@example.com", "b@example.com", "Reset", "<a href=\"x\">link</a>");

        assertThat(MailPages.detail(mail)).contains("&lt;a href=&quot;x&quot;&gt;link&lt;/a&gt;");
    }

    @Test
    void listWhenNoMailThenSaysSo() {
        assertThat(MailPages.list(List.of())).contains("No mail yet");
    }
}
