package dev.masklet.core.model;

/**
 * Label names are free text (spaces, quotes, non-ASCII letters are kept as typed); only blank names and control
 * characters, which no dataset format can carry, are refused.
 */
public final class LabelNames {
    private LabelNames() {
    }

    public static String check(String label) {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a label name must not be empty");
        }
        String trimmed = label.strip();
        for (int i = 0; i < trimmed.length(); i++) {
            if (Character.isISOControl(trimmed.charAt(i))) {
                throw new IllegalArgumentException("a label name must not contain control characters: " + trimmed);
            }
        }
        return trimmed;
    }
}
