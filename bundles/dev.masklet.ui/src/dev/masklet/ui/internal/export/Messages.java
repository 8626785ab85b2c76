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

    public static String ExportPage_cocoAuto;
    public static String ExportPage_cocoPolygon;
    public static String ExportPage_cocoRle;
    public static String ExportPage_title;
    public static String ExportPage_openFirst;
    public static String ExportPage_description;
    public static String ExportPage_nothingToExport;
    public static String ExportPage_format;
    public static String ExportPage_outputFolder;
    public static String ExportPage_outputFile;
    public static String ExportPage_browse;
    public static String ExportPage_frames;
    public static String ExportPage_rangeHint;
    public static String ExportPage_allFrames;
    public static String ExportPage_images;
    public static String ExportPage_cocoSegmentation;
    public static String ExportPage_fineness;
    public static String ExportPage_finenessUnit;
    public static String ExportPage_noFormat;
    public static String ExportPage_exportToFile;
    public static String ExportPage_exportIntoFolder;
    public static String ExportPage_folderMessage;
    public static String ExportPage_chooseFormat;
    public static String ExportPage_chooseOutput;
    public static String ExportPage_rangeInvalid;
    public static String ExportPage_rangeBackward;
    public static String ExportJob_resultTitle;
    public static String ExportJob_name;
    public static String ExportJob_failed;
    public static String ExportJob_written;
    public static String ExportJob_warnings;
    public static String ExportJob_more;
    public static String ExportWizard_title;
    public static String ImportDatasetDialog_shellTitle;
    public static String ImportDatasetJob_resultTitle;

    static {
        NLS.initializeMessages("dev.masklet.ui.internal.export.messages", Messages.class);
    }

    private Messages() {
    }
}
