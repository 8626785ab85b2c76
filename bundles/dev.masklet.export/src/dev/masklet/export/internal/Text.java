package dev.masklet.export.internal;

import java.util.Locale;

/** Quoting for the text formats (YAML, XML, INI) so that label names keep spaces, quotes and non-ASCII letters. */
public final class Text {
    private Text() {
    }

    /** A YAML double-quoted scalar (UTF-8 stays as is; quote, backslash and control characters are escaped). */
    public static String yamlQuoted(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** XML character data or attribute value. */
    public static String xml(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A number with up to 6 decimals, dot as separator, no exponent. */
    public static String decimal(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    /** The media name without its extension, for sequence names. */
    public static String stem(String mediaName) {
        String name = mediaName == null || mediaName.isBlank() ? "sequence" : mediaName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
