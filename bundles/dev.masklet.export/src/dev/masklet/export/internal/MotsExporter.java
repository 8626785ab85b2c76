package dev.masklet.export.internal;

/** MOTS ({@code mots}); see {@link MotExporter}. */
public final class MotsExporter extends MotExporter {
    public MotsExporter() {
        super(true);
    }
}
