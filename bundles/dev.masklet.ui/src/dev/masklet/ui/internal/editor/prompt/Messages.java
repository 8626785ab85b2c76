package dev.masklet.ui.internal.editor.prompt;

import org.eclipse.osgi.util.NLS;

/** Prompting's user-visible text ({@code messages.properties} beside this class). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.masklet.ui.internal.editor.prompt.messages"; //$NON-NLS-1$

    public static String Prompt_encoding;
    public static String Prompt_encodingJob;
    public static String Prompt_frameReady;
    public static String Prompt_unavailable;
    public static String Prompt_preparingJob;
    public static String Prompt_segmenting;
    public static String Prompt_segmentingJob;
    public static String Prompt_failed;
    public static String Prompt_ready;
    public static String Prompt_readyCandidates;
    public static String Prompt_noObject;
    public static String Candidate_ofMany;
    public static String Candidate_one;
    public static String Candidate_tooltip;
    public static String EngineAccess_interrupted;
    public static String EngineAccess_noEngine;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
