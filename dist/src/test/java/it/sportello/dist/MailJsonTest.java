package it.sportello.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailJsonTest {

    private static final Instant RECEIVED = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void listWhenMailsThenTheirFieldsInTheOrderGiven() {
        MailView newer = new MailView(2, RECEIVED, "a@example.com", "b@example.com", "Newer", "Two", "<p>Two</p>");
        MailView older = new MailView(1, RECEIVED, "a@example.com", "c@example.com", "Older", null, null);

        assertThat(MailJson.list(List.of(newer, older)))
                .isEqualTo("[{\"id\":2,\"received\":\"2026-12-07T08:00:00Z\",\"from\":\"a@example.com\","
                        + "\"to\":\"b@example.com\",\"subject\":\"Newer\",\"text\":\"Two\"},"
                        + "{\"id\":1,\"received\":\"2026-12-07T08:00:00Z\",\"from\":\"a@example.com\","
                        + "\"to\":\"c@example.com\",\"subject\":\"Older\",\"text\":null}]");
        assertThat(MailJson.list(List.of())).isEqualTo("[]");
    }

    @Test
    void oneWhenMailHasHtmlThenItIsIncluded() {
        MailView mail = new MailView(5, RECEIVED, "a@example.com", "b@example.com", "S", "T", "<p>H</p>");

        assertThat(MailJson.one(mail)).endsWith(",\"text\":\"T\",\"html\":\"\\u003cp>H\\u003c/p>\"}");
    }

    @Test
    void stringWhenQuotesBackslashesAndControlCharactersThenEscaped() {
        assertThat(MailJson.string("\"Mario\" \\ a\nb\r\tc\u0001</script>"))
                .isEqualTo("\"\\\"Mario\\\" \\\\ a\\nb\\r\\tc\\u0001\\u003c/script>\"");
        assertThat(MailJson.string(null)).isEqualTo("null");
    }
}
