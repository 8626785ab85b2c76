package dev.masklet.ui.internal.editor.prompt;

/** How the model's mask score is shown: it is the model's predicted IoU, so it is said in percent, capped at 100. */
public final class MaskScores {
    private MaskScores() {
    }

    /**
     * {@code 0.934} as {@code "93 %"}. The IoU head is a regression and can say a little above 1 (e.g. 1.01) for a
     * clear object: that is shown as 100 %, never more.
     */
    public static String percent(float score) {
        long p = Math.round(Math.max(0, Math.min(1, score)) * 100);
        return p + " %";
    }
}
