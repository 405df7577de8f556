package it.sportello.keycloak.portal.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.sportello.keycloak.portal.FieldError;
import it.sportello.keycloak.portal.ProblemException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketMessageFormTest {

    private static final long MAX = 1024;
    private static final byte[] PDF = "%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HTML = "<html><script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII);

    @Test
    void validMessageKeepsTheTrimmedTextAndSniffedAttachments() {
        TicketMessageForm form = TicketMessageForm.parse(
                "  Ancora ferma.  ", List.of(new TicketUpload("../../verbale.pdf", PDF.length, PDF)), MAX);

        assertThat(form.text()).isEqualTo("Ancora ferma.");
        assertThat(form.attachments()).singleElement().satisfies(a -> {
            assertThat(a.filename()).isEqualTo("verbale.pdf");
            assertThat(a.contentType()).isEqualTo("application/pdf");
        });
    }

    @Test
    void blankOrTooLongTextAndTooManyFilesAreFieldErrors() {
        List<TicketUpload> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(new TicketUpload("p.pdf", PDF.length, PDF));
        }

        assertThat(fields(" ", List.of())).containsExactly(TicketMessageForm.TEXT);
        assertThat(fields("x".repeat(TicketMessageForm.MAX_TEXT + 1), List.of()))
                .containsExactly(TicketMessageForm.TEXT);
        assertThat(fields("a\0b", List.of())).containsExactly(TicketMessageForm.TEXT);
        assertThat(fields("ok", six)).containsExactly(TicketMessageForm.ATTACHMENTS);
    }

    @Test
    void oneDisguisedOrOversizedFileRefusesTheWholeMessage() {
        List<TicketUpload> disguised =
                List.of(new TicketUpload("ok.pdf", PDF.length, PDF), new TicketUpload("x.png", HTML.length, HTML));
        List<TicketUpload> oversized = List.of(new TicketUpload("big.pdf", MAX + 1, null));

        assertThatThrownBy(() -> TicketMessageForm.parse("Foto", disguised, MAX))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(415));
        assertThatThrownBy(() -> TicketMessageForm.parse("Foto", oversized, MAX))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.problem().status()).isEqualTo(413));
    }

    private static List<String> fields(String text, List<TicketUpload> uploads) {
        try {
            TicketMessageForm.parse(text, uploads, MAX);
        } catch (ProblemException e) {
            assertThat(e.problem().status()).isEqualTo(400);
            return e.problem().errors().stream().map(FieldError::field).toList();
        }
        throw new AssertionError("accepted");
    }
}
