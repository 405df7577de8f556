package it.sportello.keycloak.portal.tickets;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Recognizes the accepted attachment types from their first bytes; the type the browser declares is never trusted.
 * PNG and JPEG images, PDF documents and MP4 videos (ISO base media files with an MP4 brand; QuickTime and audio-only
 * brands are not videos we accept).
 */
public final class ContentSniffer {

    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String PDF = "application/pdf";
    public static final String MP4 = "video/mp4";

    /** Bytes needed to recognize every accepted type. */
    public static final int HEADER_LENGTH = 12;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> MP4_BRANDS =
            Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash", "M4V ", "mmp4", "MSNV");

    private ContentSniffer() {}

    /** The content type of the bytes, if it is one of the accepted ones. */
    public static Optional<String> sniff(byte[] content) {
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, 0, JPEG_SIGNATURE)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, PDF_SIGNATURE)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, 4, FTYP) && content.length >= HEADER_LENGTH) {
            String brand = new String(Arrays.copyOfRange(content, 8, 12), StandardCharsets.US_ASCII);
            if (MP4_BRANDS.contains(brand)) {
                return Optional.of(MP4);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] signature) {
        if (content.length < offset + signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[offset + i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
