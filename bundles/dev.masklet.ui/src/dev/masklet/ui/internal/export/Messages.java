package dev.masklet.ui.internal.export;

import org.eclipse.osgi.util.NLS;

/** The text of dataset export and import, from {@code messages.properties}. */
final class Messages extends NLS {
    public static String ImportDatasetDialog_title;
    public static String ImportDatasetDialog_message;
    public static String ImportDatasetDialog_source;
    public static String ImportDatasetDialog_folder;
    public static String ImportDatasetDialog_cocoFile;
    public static String ImportDatasetDialog_media;
    public static String ImportDatasetDialog_video;
    public static String ImportDatasetDialog_frameFolder;
    public static String ImportDatasetDialog_import;
    public static String ImportDatasetDialog_noSuchFile;
    public static String ImportDatasetDialog_hasProject;
    public static String ImportDatasetJob_name;
    public static String ImportDatasetJob_failed;
    public static String ImportDatasetJob_done;
    public static String ImportDatasetJob_warnings;
    public static String ImportDatasetJob_unreadable;

    static {
        NLS.initializeMessages("dev.masklet.ui.internal.export.messages", Messages.class);
    }

    private Messages() {
    }
}
