package it.sportello.benchmark.crm;

/** PostgreSQL's COPY text format: tab between fields, newline after a row, {@code \N} for null, escapes. */
final class CopyText {

    private CopyText() {}

    static void field(StringBuilder out, String value) {
        append(out, value);
        out.append('\t');
    }

    static void last(StringBuilder out, String value) {
        append(out, value);
        out.append('\n');
    }

    private static void append(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
