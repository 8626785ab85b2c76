package dev.masklet.testing.ui;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/**
 * Mouse buttons through the X server's XTest extension, the way xdotool presses them.
 *
 * Why not {@code Display.post}: on GTK3, SWT 3.135 posts a button event whose position is (0, 0) of the toplevel
 * window instead of the pointer's, so a click posted over a canvas arrives at the wrong place (measured under Xvfb:
 * MouseDown at (-3, -97) instead of (248, 312)). Pointer moves and keys through {@code Display.post} are right and
 * are still used; only button presses go through XTest, which makes them real X events that GTK and SWT handle
 * exactly as a user's.
 */
final class XTestMouse {
    interface X11 extends Library {
        Pointer XOpenDisplay(String name);

        int XFlush(Pointer display);

        int XSync(Pointer display, boolean discard);
    }

    interface XTest extends Library {
        int XTestFakeButtonEvent(Pointer display, int button, boolean isPress, NativeLong delay);

        int XTestFakeMotionEvent(Pointer display, int screen, int x, int y, NativeLong delay);
    }

    private static X11 x11;
    private static XTest xtest;
    private static Pointer display;

    private XTestMouse() {
    }

    private static synchronized void open() {
        if (display != null) {
            return;
        }
        x11 = Native.load("libX11.so.6", X11.class);
        xtest = Native.load("libXtst.so.6", XTest.class);
        display = x11.XOpenDisplay(null);
        if (display == null) {
            throw new AssertionError("cannot open the X display " + System.getenv("DISPLAY") + " for XTest");
        }
    }

    static synchronized void moveTo(int x, int y) {
        open();
        xtest.XTestFakeMotionEvent(display, -1, x, y, new NativeLong(0));
        x11.XSync(display, false);
    }

    static synchronized void button(int button, boolean press) {
        open();
        xtest.XTestFakeButtonEvent(display, button, press, new NativeLong(0));
        x11.XSync(display, false);
    }
}
