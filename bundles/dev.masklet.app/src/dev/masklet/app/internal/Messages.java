package dev.masklet.app.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The application's user-visible text: menus, start-up dialogs, the empty editor area ({@code messages.properties}
 * beside this class).
 */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.masklet.app.internal.messages"; //$NON-NLS-1$
    public static String Menu_file;
    public static String Menu_edit;
    public static String Menu_annotate;
    public static String Menu_window;
    public static String Menu_help;
    public static String Menu_showView;
    public static String Menu_showViewTip;
    public static String Menu_keyAssist;
    public static String Menu_keyAssistTip;
    public static String Window_title;
    public static String Start_cannotStart;
    public static String Start_cannotLock;
    public static String Start_alreadyRunning;
    public static String Lock_givenInUse;
    public static String Lock_another;
    public static String Lock_none;
    public static String EmptyArea_text;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
