package dev.masklet.testing.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;

/**
 * A small UI test driver in the spirit of SWTBot (which is not published to Maven Central): it finds widgets, posts
 * real keyboard and pointer events through {@link Display#post(Event)} (mouse buttons through XTest, see
 * {@link XTestMouse}) so they travel the same path as a user's, and waits for conditions. Call it from a non-UI thread (tycho-surefire's {@code useUIThread=false}); every widget
 * access is marshalled onto the UI thread.
 */
public final class UiBot {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private final Display display;
    private final Path screenshotDir;

    public UiBot(Display display, Path screenshotDir) {
        this.display = Objects.requireNonNull(display);
        this.screenshotDir = screenshotDir;
    }

    public Display display() {
        return display;
    }

    /** Runs on the UI thread and returns the value; exceptions are rethrown here. */
    public <T> T syncCall(Supplier<T> supplier) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        display.syncExec(() -> {
            try {
                result.set(supplier.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    public void syncRun(Runnable r) {
        syncCall(() -> {
            r.run();
            return null;
        });
    }

    /** Waits until the condition holds (checked on the UI thread), failing with the description after the timeout. */
    public void waitUntil(String description, Supplier<Boolean> condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (Boolean.TRUE.equals(syncCall(condition))) {
                return;
            }
            sleep(50);
        }
        screenshot("timeout");
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for: " + description);
    }

    public void waitUntil(String description, Supplier<Boolean> condition) {
        waitUntil(description, condition, DEFAULT_TIMEOUT);
    }

    /** Waits for a visible shell with this title and returns it. */
    public Shell shell(String title) {
        AtomicReference<Shell> found = new AtomicReference<>();
        waitUntil("a shell titled '" + title + "'", () -> {
            for (Shell s : display.getShells()) {
                if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
                    found.set(s);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    /**
     * Activates a shell and gives it keyboard focus, as SWTBot's {@code shell.activate()}: under Xvfb there is no
     * window manager to hand focus back to the main window when a dialog closes.
     */
    public void activate(Shell shell) {
        syncRun(() -> {
            shell.forceActive();
            shell.forceFocus();
        });
        waitUntil("shell '" + syncCall(shell::getText) + "' is active", () -> display.getActiveShell() == shell);
    }

    /** The first widget under {@code root} (depth first) that matches. */
    public <W extends Control> W find(Composite root, Class<W> type, Predicate<W> test, String description) {
        AtomicReference<W> found = new AtomicReference<>();
        waitUntil(description, () -> {
            found.set(search(root, type, test));
            return found.get() != null;
        });
        return found.get();
    }

    /** A widget carrying {@code widget.getData(key) == id}, as SWTBot's widgetWithId. */
    public <W extends Control> W widgetWithId(Composite root, Class<W> type, String key, String id) {
        return find(root, type, w -> id.equals(w.getData(key)), type.getSimpleName() + " with id " + id);
    }

    public Button button(Shell shell, String text) {
        return find(shell, Button.class, b -> text.equals(b.getText().replace("&", "")), "button '" + text + "'");
    }

    private static <W extends Control> W search(Control c, Class<W> type, Predicate<W> test) {
        if (c.isDisposed()) {
            return null;
        }
        if (type.isInstance(c) && c.isVisible() && test.test(type.cast(c))) {
            return type.cast(c);
        }
        if (c instanceof Composite comp) {
            for (Control child : comp.getChildren()) {
                W w = search(child, type, test);
                if (w != null) {
                    return w;
                }
            }
        }
        return null;
    }

    /**
     * Selects an item of a combo box and notifies its listeners, as SWTBot's {@code SWTBotCombo.setSelection}
     * does: GTK's combo popup cannot be driven reliably with synthetic events.
     */
    public void select(org.eclipse.swt.widgets.Combo combo, int index) {
        syncRun(() -> {
            combo.select(index);
            combo.notifyListeners(SWT.Selection, new Event());
        });
    }

    /**
     * Chooses a menu bar item by its path of labels (mnemonics and key hints ignored), e.g. {@code "Window",
     * "Show View", "Objects"}, as SWTBot's {@code SWTBotMenu.click} does: each menu gets the {@code SWT.Show} event
     * that fills it, the item its {@code SWT.Selection}; GTK's menus cannot be driven reliably with synthetic input.
     * The selection is delivered asynchronously, so an item that opens a modal dialog does not block the test.
     */
    public void chooseMenu(Shell shell, String... path) {
        org.eclipse.swt.widgets.MenuItem item = syncCall(() -> {
            org.eclipse.swt.widgets.Menu menu = shell.getMenuBar();
            org.eclipse.swt.widgets.MenuItem found = null;
            for (String label : path) {
                if (menu == null) {
                    throw new IllegalStateException("no menu under " + found.getText() + " for '" + label + "'");
                }
                menu.notifyListeners(SWT.Show, new Event());
                found = null;
                for (org.eclipse.swt.widgets.MenuItem i : menu.getItems()) {
                    String text = i.getText().replace("&", "");
                    int tab = text.indexOf('\t');
                    if ((tab >= 0 ? text.substring(0, tab) : text).replace("...", "").replace("\u2026", "")
                            .strip().equals(label)) {
                        found = i;
                    }
                }
                if (found == null) {
                    throw new IllegalStateException("no menu item '" + label + "' in " + java.util.Arrays.stream(
                            menu.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText).toList());
                }
                menu = found.getMenu();
            }
            return found;
        });
        display.asyncExec(() -> {
            if (!item.isDisposed()) {
                item.notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    /** Clicks at the centre of a control with a real mouse event. */
    public void click(Control control) {
        Point centre = syncCall(() -> {
            Rectangle b = control.getBounds();
            return control.getParent() == null ? new Point(b.x + b.width / 2, b.y + b.height / 2)
                    : control.getParent().toDisplay(b.x + b.width / 2, b.y + b.height / 2);
        });
        clickAt(centre, 1);
    }

    /**
     * Clicks at a display position: moves the pointer there with {@code Display.post}, then presses and releases
     * {@code button} (1 left, 2 middle, 3 right) through XTest; see {@link XTestMouse} for why.
     */
    public void clickAt(Point display, int button) {
        post(mouse(SWT.MouseMove, display.x, display.y, 0));
        sleep(80);
        XTestMouse.moveTo(display.x, display.y);
        XTestMouse.button(button, true);
        sleep(30);
        XTestMouse.button(button, false);
        sleep(120);
    }

    /** Double-clicks the left button at a display position, both clicks well inside the toolkit's double-click time. */
    public void doubleClickAt(Point display) {
        post(mouse(SWT.MouseMove, display.x, display.y, 0));
        sleep(80);
        XTestMouse.moveTo(display.x, display.y);
        for (int i = 0; i < 2; i++) {
            XTestMouse.button(1, true);
            sleep(20);
            XTestMouse.button(1, false);
            sleep(40);
        }
        sleep(120);
    }

    /**
     * Opens a control's context menu with a real right click at a display position, then chooses the item whose
     * label (mnemonic, key hint and "..." ignored) starts with {@code label}: the menu is shown by the toolkit and
     * filled by its owner, then closed and the item gets its {@code SWT.Selection} asynchronously, as
     * {@link #chooseMenu} does (GTK's popup menus cannot be driven reliably with synthetic input).
     */
    public void chooseContextMenu(Control control, Point at, String label) {
        clickAt(at, 3);
        org.eclipse.swt.widgets.Menu menu = syncCall(control::getMenu);
        waitUntil("the context menu is shown", menu::isVisible);
        org.eclipse.swt.widgets.MenuItem item = syncCall(() -> {
            menu.setVisible(false);
            for (org.eclipse.swt.widgets.MenuItem i : menu.getItems()) {
                if (i.getText().replace("&", "").startsWith(label)) {
                    return i;
                }
            }
            throw new IllegalStateException("no context menu item '" + label + "' in "
                    + java.util.Arrays.stream(menu.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText).toList());
        });
        sleep(100);
        display.asyncExec(() -> {
            if (!item.isDisposed()) {
                item.notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    /** Moves the pointer to a display position without pressing anything (hovering, for tooltips). */
    public void moveTo(Point display) {
        post(mouse(SWT.MouseMove, display.x, display.y, 0));
        sleep(80);
        XTestMouse.moveTo(display.x, display.y);
        sleep(120);
    }

    /**
     * Turns the mouse wheel over a display position: {@code notches} > 0 away from the user (X button 4), < 0
     * towards the user (button 5), each notch a real XTest button press as a wheel sends it.
     */
    public void scroll(Point display, int notches) {
        post(mouse(SWT.MouseMove, display.x, display.y, 0));
        sleep(80);
        XTestMouse.moveTo(display.x, display.y);
        int button = notches > 0 ? 4 : 5;
        for (int i = 0; i < Math.abs(notches); i++) {
            XTestMouse.button(button, true);
            XTestMouse.button(button, false);
            sleep(60);
        }
        sleep(120);
    }

    /** Drags with the left button from one display position to another, through a few intermediate moves. */
    public void drag(Point from, Point to) {
        drag(from, to, 1);
    }

    /** Drags with a button (1 left, 2 middle, 3 right) through a few intermediate moves. */
    public void drag(Point from, Point to, int mouseButton) {
        post(mouse(SWT.MouseMove, from.x, from.y, 0));
        sleep(80);
        XTestMouse.moveTo(from.x, from.y);
        XTestMouse.button(mouseButton, true);
        sleep(100); // let the toolkit take its implicit pointer grab before the pointer moves
        int steps = 8;
        for (int i = 1; i <= steps; i++) {
            XTestMouse.moveTo(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps);
            sleep(40);
        }
        sleep(100);
        XTestMouse.button(mouseButton, false);
        sleep(120);
    }

    /** Presses and releases a key, optionally with modifiers such as {@link SWT#CTRL}. */
    public void press(int modifiers, char key) {
        List<Integer> mods = new ArrayList<>();
        for (int m : new int[] {SWT.CTRL, SWT.SHIFT, SWT.ALT}) {
            if ((modifiers & m) != 0) {
                mods.add(m);
                post(key(SWT.KeyDown, m, (char) 0));
                sleep(30); // the toolkit must see the modifier down before the key
            }
        }
        post(key(SWT.KeyDown, Character.toLowerCase(key), key));
        post(key(SWT.KeyUp, Character.toLowerCase(key), key));
        for (int i = mods.size() - 1; i >= 0; i--) {
            sleep(30);
            post(key(SWT.KeyUp, mods.get(i), (char) 0));
        }
        sleep(60);
    }

    /** Presses a non-character key such as {@link SWT#CR}, {@link SWT#ESC} or an arrow key code. */
    public void pressKeyCode(int keyCode, char character) {
        post(key(SWT.KeyDown, keyCode, character));
        post(key(SWT.KeyUp, keyCode, character));
        sleep(60);
    }

    /** Types text into the focused control, key by key (letters, digits, space and ASCII punctuation). */
    public void type(String text) {
        for (char c : text.toCharArray()) {
            boolean shift = Character.isUpperCase(c);
            if (shift) {
                post(key(SWT.KeyDown, SWT.SHIFT, (char) 0));
            }
            post(key(SWT.KeyDown, Character.toLowerCase(c), c));
            post(key(SWT.KeyUp, Character.toLowerCase(c), c));
            if (shift) {
                post(key(SWT.KeyUp, SWT.SHIFT, (char) 0));
            }
        }
        sleep(60);
    }

    private static Event mouse(int type, int x, int y, int button) {
        Event e = new Event();
        e.type = type;
        e.x = x;
        e.y = y;
        e.button = button;
        return e;
    }

    private static Event key(int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        return e;
    }

    private void post(Event e) {
        boolean ok = syncCall(() -> display.post(e));
        if (!ok) {
            throw new AssertionError("Display.post refused event type " + e.type);
        }
    }

    /** Saves a PNG of the whole screen as {@code <name>.png} in the screenshot folder and returns its path. */
    public Path screenshot(String name) {
        if (screenshotDir == null) {
            return null;
        }
        try {
            Files.createDirectories(screenshotDir);
        } catch (IOException e) {
            return null;
        }
        Path file = screenshotDir.resolve(name + ".png");
        syncRun(() -> {
            Rectangle bounds = display.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, 0, 0);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] {image.getImageData()};
                loader.save(file.toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
        return file;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Looks up a widget's data by key on the UI thread (SWT widgets may only be touched there). */
    public Object data(Widget w, String key) {
        return syncCall(() -> w.getData(key));
    }
}
