package it.sportello.it.badinput;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One hostile or malformed value of the bad-input matrix. The table is fixed (no random generation): the same cases
 * run in the same order on every build, so a failure names a value that fails again on the next run. {@code raw}
 * holds the bytes sent, which for {@link #INVALID_UTF8} are not UTF-8 at all.
 */
public record BadValue(String name, byte[] raw, boolean huge) {

    /** The script payload whose unescaped echo in a page is a reflected injection. */
    public static final String SCRIPT = "<script>alert('sportello-xss')</script>";

    static final BadValue INVALID_UTF8 = new BadValue(
            "invalid-utf8",
            new byte[] {'a', (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'z'},
            false);

    /** Every value, the million-character one last and marked {@code huge}. */
    public static final List<BadValue> ALL = List.of(
            text("empty", ""),
            text("whitespace", " \t \u00a0\u2003\u3000 "),
            text("nul", "C0001\u0000x"),
            text("control", "\u0001\u0007\u001b[31m\r\n\u007f\u0085\u2028"),
            INVALID_UTF8,
            text("right-to-left", "\u202eC0001\u202c \u05d0\u05d1\u05d2 \u0627\u0644\u0639\u0631\u0628\u064a\u0629"),
            text("combining", "e\u0301\u0308\u0323\u0338".repeat(20)),
            text("emoji", "\ud83d\ude00\ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67 \ud83c\uddee\ud83c\uddf9"),
            text("html-script", SCRIPT),
            text("html-attribute", "\"><img src=x onerror=alert(1)>'"),
            text("sql", "' OR '1'='1'; DROP TABLE customer; --"),
            text("jpql", "x' or c.customerCode like '%' or 'a'='a"),
            text("path-traversal", "../../../../etc/passwd"),
            text("encoded-traversal", "..%2f..%2f..%2fetc%2fpasswd%00"),
            text("int-max-plus-one", "2147483648"),
            text("long-max", "9223372036854775807"),
            text("long-max-plus-one", "9223372036854775808"),
            text("long-min-minus-one", "-9223372036854775809"),
            text("negative", "-1"),
            text("fractional", "0.5"),
            text("huge-exponent", "1e309"),
            text("not-a-number", "NaN"),
            text("date-zero", "0000-00-00"),
            text("date-out-of-range", "+999999999-12-31"),
            text("month-13", "2025-13"),
            text("chars-10k", "a".repeat(10_000)),
            new BadValue("chars-1m", "a".repeat(1_000_000).getBytes(StandardCharsets.UTF_8), true));

    static BadValue text(String name, String value) {
        return new BadValue(name, value.getBytes(StandardCharsets.UTF_8), false);
    }

    /** The value as Java text (invalid bytes become U+FFFD); what a correct server may at most store. */
    public String text() {
        return new String(raw, StandardCharsets.UTF_8);
    }

    /** Percent-encoded for a form body, a query or a path segment, byte by byte (invalid UTF-8 included). */
    public String percentEncoded() {
        StringBuilder out = new StringBuilder(raw.length * 3);
        for (byte b : raw) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** As the bytes of a JSON string literal (quotes included); invalid UTF-8 stays invalid on the wire. */
    public byte[] jsonString() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + 16);
        out.write('"');
        for (byte b : raw) {
            int c = b & 0xff;
            if (c == '"' || c == '\\') {
                out.write('\\');
                out.write(c);
            } else if (c < 0x20) {
                out.writeBytes(String.format("\\u%04x", c).getBytes(StandardCharsets.US_ASCII));
            } else {
                out.write(c);
            }
        }
        out.write('"');
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return name;
    }
}
