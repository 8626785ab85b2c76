package dev.masklet.core.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonParseException;

/**
 * Why a file could not be read, in words for people: the JSON library's and the JDK's messages name classes, JSON
 * paths and a troubleshooting address, which tell a user nothing; Masklet's own checks already speak plainly.
 */
final class PlainReasons {
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+) column (\\d+)");
    private static final Pattern NOT_A = Pattern.compile("Not a JSON (\\w+): (.*)", Pattern.DOTALL);
    private static final Pattern QUOTED_INPUT = Pattern.compile("For input string: \"(.*)\"");
    private static final int MAX_QUOTE = 40;

    private PlainReasons() {
    }

    static String of(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof JsonParseException) {
            Matcher at = LINE_COLUMN.matcher(String.valueOf(e.getMessage()));
            return "not complete JSON (cut short or damaged" + (at.find()
                    ? " near line " + at.group(1) + ", column " + at.group(2) : "") + ")";
        }
        if (e instanceof NumberFormatException) {
            Matcher input = QUOTED_INPUT.matcher(String.valueOf(e.getMessage()));
            return "a number was expected" + (input.find() ? ", found \"" + shorten(input.group(1)) + "\"" : "");
        }
        if (e instanceof IOException) {
            return "cannot be read (" + withoutAddresses(e.getMessage()) + ")";
        }
        if (e instanceof IllegalStateException || e instanceof UnsupportedOperationException
                || e instanceof ClassCastException || e instanceof IndexOutOfBoundsException) {
            // Gson's "Not a JSON Object: 5", "JsonArray", "Index 1 out of bounds for length 1"
            Matcher notA = NOT_A.matcher(String.valueOf(e.getMessage()));
            if (notA.matches()) {
                return "a value has the wrong kind: expected a JSON " + notA.group(1).toLowerCase(java.util.Locale.ROOT)
                        + ", found " + shorten(notA.group(2));
            }
            return "a value has the wrong kind or a list is too short";
        }
        if (e instanceof IllegalArgumentException && e.getMessage() != null) {
            return withoutAddresses(e.getMessage()); // Masklet's own checks
        }
        return "content that cannot be read as annotations";
    }

    private static String shorten(String s) {
        return s.length() <= MAX_QUOTE ? s : s.substring(0, MAX_QUOTE) + "…";
    }

    /** Drops a trailing "See https://…" and anything after a line break: one line, no addresses. */
    private static String withoutAddresses(String message) {
        String s = String.valueOf(message);
        int nl = s.indexOf('\n');
        if (nl >= 0) {
            s = s.substring(0, nl);
        }
        return s.replaceAll("\\s*(See )?https?://\\S*", "").strip();
    }
}
