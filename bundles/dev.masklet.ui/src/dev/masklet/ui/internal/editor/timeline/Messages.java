package dev.masklet.ui.internal.editor.timeline;

import org.eclipse.osgi.util.NLS;

/** The timeline's and playback's user-visible text ({@code messages.properties} beside this class). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.masklet.ui.internal.editor.timeline.messages"; //$NON-NLS-1$

    public static String Timeline_play;
    public static String Timeline_pause;
    public static String Timeline_playTip;
    public static String Timeline_legend;
    public static String Timeline_position;
    public static String Timeline_prompted;
    public static String Timeline_corrected;
    public static String Timeline_uncertain;
    public static String Timeline_reviewed;
    public static String Timeline_frame;
    public static String Timeline_frameIs;
    public static String Playback_playing;
    public static String Playback_stopped;
    public static String Playback_failed;
    public static String ThumbnailStrip_job;
    public static String ThumbnailStrip_closeJob;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
