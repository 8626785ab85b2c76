package dev.masklet.batch;

import java.io.Serializable;
import java.util.Locale;

/**
 * What became of one item: a row of the summary table.
 *
 * @param status {@code done} (tracked by this run), {@code skipped} (done by an earlier run), {@code failed}
 * @param reason why it failed, one line for a person; empty otherwise
 */
public record ItemOutcome(String id, String status, int frames, int objects, double seconds, String reason)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final String DONE = "done";
    public static final String SKIPPED = "skipped";
    public static final String FAILED = "failed";

    static ItemOutcome failed(String id, String reason) {
        return new ItemOutcome(id, FAILED, 0, 0, 0, reason);
    }

    public double framesPerSecond() {
        return seconds > 0 ? frames / seconds : 0;
    }

    /** The summary table's header, matching {@link #csvRow()}. */
    static String csvHeader() {
        return "item,status,frames,objects,seconds,frames_per_second,reason";
    }

    String csvRow() {
        return String.join(",", csv(id), status, Integer.toString(frames), Integer.toString(objects),
                String.format(Locale.ROOT, "%.2f", seconds), String.format(Locale.ROOT, "%.3f", framesPerSecond()),
                csv(reason));
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
