package dev.masklet.app.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.keys.IBindingService;

import dev.masklet.ui.MaskletUi;
import org.eclipse.osgi.util.NLS;

/**
 * While no video is open, the editor area says how to start (Open Video, Open Frame Folder, with their keys as the
 * binding service has them now) instead of showing a blank area. Drawn on the content of the editor area's tab
 * folder only while it has no tab, so it goes away when an editor opens and comes back when the last one closes.
 */
final class EmptyEditorAreaHint {
    /** {@code getData} key on the tab folder that carries the hint, with the hint's text (tests read it). */
    static final String DATA_KEY = "dev.masklet.emptyEditorAreaHint";
    private static final String EDITOR_AREA_ID = "org.eclipse.ui.editorss";

    private EmptyEditorAreaHint() {
    }

    static void install(IWorkbenchWindow window) {
        EModelService models = window.getService(EModelService.class);
        MWindow model = window.getService(MWindow.class);
        if (models == null || model == null) {
            return;
        }
        List<MUIElement> areas = models.findElements(model, EDITOR_AREA_ID, MUIElement.class, null,
                EModelService.ANYWHERE);
        for (MUIElement area : areas) {
            if (area.getWidget() instanceof Composite composite) {
                for (CTabFolder folder : tabFolders(composite)) {
                    attach(window, folder);
                }
            }
        }
    }

    private static List<CTabFolder> tabFolders(Composite root) {
        List<CTabFolder> found = new java.util.ArrayList<>();
        for (Control c : root.getChildren()) {
            if (c instanceof CTabFolder folder) {
                found.add(folder);
            } else if (c instanceof Composite comp) {
                found.addAll(tabFolders(comp));
            }
        }
        return found;
    }

    static String text(IWorkbenchWindow window) {
        IBindingService bindings = window.getService(IBindingService.class);
        return NLS.bind(Messages.EmptyArea_text, key(bindings, MaskletUi.OPEN_VIDEO_COMMAND),
                key(bindings, MaskletUi.OPEN_FRAME_FOLDER_COMMAND));
    }

    private static String key(IBindingService bindings, String commandId) {
        String key = bindings == null ? null : bindings.getBestActiveBindingFormattedFor(commandId);
        return key == null || key.isEmpty() ? "" : "   (" + key + ")";
    }

    private static void attach(IWorkbenchWindow window, CTabFolder folder) {
        if (folder.getData(DATA_KEY) != null) {
            return;
        }
        folder.setData(DATA_KEY, text(window));
        attachToContent(window, folder);
        // the stack's content composite covers the folder's client area; it may be created after the window opens
        folder.addListener(SWT.Resize, e -> {
            attachToContent(window, folder);
            for (Control c : folder.getChildren()) {
                c.redraw();
            }
        });
    }

    /** Draws the hint on the composites that fill the folder below its tabs, while the folder has no tab. */
    private static void attachToContent(IWorkbenchWindow window, CTabFolder folder) {
        for (Control c : folder.getChildren()) {
            if (c instanceof Composite content && !(c instanceof org.eclipse.swt.widgets.ToolBar)
                    && content.getData(DATA_KEY) == null) {
                content.setData(DATA_KEY, Boolean.TRUE);
                content.addListener(SWT.Paint, e -> {
                    if (folder.getItemCount() > 0 || content.getSize().x < 200) {
                        return;
                    }
                    String hint = text(window); // the keys as bound now
                    folder.setData(DATA_KEY, hint);
                    paint(e.gc, content.getClientArea(), hint, content);
                });
                content.redraw();
            }
        }
    }

    private static void paint(GC gc, Rectangle area, String hint, Control on) {
        gc.setForeground(on.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        Point size = gc.textExtent(hint, SWT.DRAW_DELIMITER);
        int x = area.x + Math.max(8, (area.width - size.x) / 2);
        int y = area.y + Math.max(8, (area.height - size.y) / 3);
        gc.drawText(hint, x, y, SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
    }
}
