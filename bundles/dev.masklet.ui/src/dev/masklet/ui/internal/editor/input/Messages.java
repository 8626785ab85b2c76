package dev.masklet.ui.internal.editor.input;

import org.eclipse.osgi.util.NLS;

/** Edit mode's user-visible text ({@code messages.properties} beside this class). */
final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.masklet.ui.internal.editor.input.messages"; //$NON-NLS-1$

    public static String ShapeEditor_editVertices;
    public static String ShapeEditor_move;
    public static String ShapeEditor_delete;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
