package it.sportello.keycloak.portal.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    @Test
    void recognizesPngJpegPdfAndMp4FromTheirFirstBytes() {
        assertThat(ContentSniffer.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}))
                .contains("image/png");
        assertThat(ContentSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains("image/jpeg");
        assertThat(ContentSniffer.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .contains("application/pdf");
        assertThat(ContentSniffer.sniff(mp4("isom"))).contains("video/mp4");
        assertThat(ContentSniffer.sniff(mp4("mp42"))).contains("video/mp4");
    }

    @Test
    void refusesWhatOnlyClaimsToBeAnAcceptedType() {
        assertThat(ContentSniffer.sniff("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ContentSniffer.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ContentSniffer.sniff(mp4("qt  "))).as("QuickTime").isEmpty();
        assertThat(ContentSniffer.sniff(new byte[0])).isEmpty();
        assertThat(ContentSniffer.sniff(new byte[] {(byte) 0x89, 'P', 'N'}))
                .as("truncated")
                .isEmpty();
        assertThat(ContentSniffer.sniff(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }

    private static byte[] mp4(String brand) {
        byte[] header = new byte[16];
        header[3] = 0x18;
        System.arraycopy("ftyp".getBytes(StandardCharsets.US_ASCII), 0, header, 4, 4);
        System.arraycopy(brand.getBytes(StandardCharsets.US_ASCII), 0, header, 8, 4);
        return header;
    }
}
