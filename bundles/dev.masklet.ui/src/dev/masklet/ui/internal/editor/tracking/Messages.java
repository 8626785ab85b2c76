package dev.masklet.ui.internal.editor.tracking;

import org.eclipse.osgi.util.NLS;

/** Tracking's and keeping's user-visible text ({@code messages.properties} beside this class). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.masklet.ui.internal.editor.tracking.messages"; //$NON-NLS-1$

    public static String TrackingJob_nameForward;
    public static String TrackingJob_nameBackward;
    public static String TrackingJob_loading;
    public static String TrackingJob_running;
    public static String TrackingJob_progress;
    public static String TrackingJob_done;
    public static String TrackingJob_doneCancelled;
    public static String TrackingJob_failed;
    public static String TrackingBar_stop;
    public static String TrackingBar_stopTip;
    public static String TrackingBar_progress;
    public static String Tracking_stopping;
    public static String Tracking_alreadyRunning;
    public static String Tracking_nothing;
    public static String Tracking_undoForward;
    public static String Tracking_undoBackward;
    public static String PersonEdits_correct;
    public static String PersonEdits_newObject;
    public static String PersonEdits_corrected;
    public static String PersonEdits_kept;
    public static String Tracker_noModelYet;
    public static String Tracker_memoryFrames;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
