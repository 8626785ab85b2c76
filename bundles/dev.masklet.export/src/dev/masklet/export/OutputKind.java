package dev.masklet.export;

/** Whether an exporter writes a folder of files or one file. */
public enum OutputKind {
    /** The request's output is a folder (created when missing); the exporter writes its files inside. */
    FOLDER,
    /** The request's output is the one file to write. */
    FILE
}
