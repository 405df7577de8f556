package it.sportello.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailPagesTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void listWhenSubjectAndAddressesHaveMarkupThenShownEscaped() {
        MailView mail = new MailView(
                0,
                RECEIVED,
                "\"<b>Eve</b>\" <eve@example.com>",
                "b@example.com",
                "<script>x()</script> & co",
                "",
                null);

        String html = MailPages.list(List.of(mail));

        assertThat(html)
                .contains("&lt;script&gt;x()&lt;/script&gt; &amp; co")
                .contains("&quot;&lt;b&gt;Eve&lt;/b&gt;&quot; &lt;eve@example.com&gt;")
                .doesNotContain("<script>")
                .doesNotContain("<b>")
                .contains("href=\"/mail/0\"");
    }

    @Test
    void listWhenSeveralMailsThenInTheOrderGivenWithTheirOwnIds() {
        MailView older = new MailView(0, RECEIVED, "a@example.com", "b@example.com", "Older", "", null);
        MailView newer = new MailView(1, RECEIVED, "a@example.com", "b@example.com", "Newer", "", null);

        String html = MailPages.list(List.of(newer, older));

        assertThat(html.indexOf("Newer")).isLessThan(html.indexOf("Older"));
        assertThat(html).contains("href=\"/mail/1\">Newer").contains("href=\"/mail/0\">Older");
    }

    @Test
    void listWhenNoMailThenSaysSoAndRefreshes() {
        assertThat(MailPages.list(List.of())).contains("No mail yet").contains("http-equiv=\"refresh\"");
    }

    @Test
    void detailWhenHtmlBodyThenSourceEscapedAndRenderedViewLinked() {
        MailView mail = new MailView(
                3, RECEIVED, "a@example.com", "b@example.com", "Reset", null, "<a href=\"x\" onclick='y()'>link</a>");

        String html = MailPages.detail(mail);

        assertThat(html)
                .contains("&lt;a href=&quot;x&quot; onclick=&#39;y()&#39;&gt;link&lt;/a&gt;")
                .doesNotContain("onclick='")
                .contains("href=\"/mail/3/html\"");
    }

    @Test
    void detailWhenTextHasLinksThenLinksClickableAndTheRestEscaped() {
        MailView mail = new MailView(
                1,
                RECEIVED,
                "a@example.com",
                "b@example.com",
                "Activate",
                "Open http://localhost:8080/realms/x/login-actions/action-token?key=a&b=<c>. Then <b>sign in</b>",
                null);

        String html = MailPages.detail(mail);

        assertThat(html)
                .contains("<a href=\"http://localhost:8080/realms/x/login-actions/action-token?key=a&amp;b=\">")
                .contains("&lt;c&gt;. Then &lt;b&gt;sign in&lt;/b&gt;")
                .doesNotContain("href=\"/mail/1/html\"");
    }

    @Test
    void linkifyWhenUrlEndsASentenceThenPunctuationStaysOutOfTheLink() {
        assertThat(MailPages.linkify("See https://example.com/a."))
                .isEqualTo("See <a href=\"https://example.com/a\">https://example.com/a</a>.");
    }

    @Test
    void linkifyWhenSchemeIsNotHttpThenNoLink() {
        assertThat(MailPages.linkify("javascript:alert(1) data:text/html,x")).doesNotContain("<a");
    }
}
