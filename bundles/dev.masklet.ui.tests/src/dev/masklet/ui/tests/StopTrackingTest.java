package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.junit.jupiter.api.Test;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * A tracking run is stopped with the Stop button beside its progress, and a second one with Esc: each keeps the
 * frames it finished, leaves the frames it had not reached as they were, and a Ctrl+M during a run says that one is
 * running.
 */
class StopTrackingTest extends WorkbenchTestBase {
    /** Long enough that a run is still going when the test stops it. */
    private static final int FRAMES = 150;

    @Test
    void stopButtonAndEscStopTheRunKeepingFinishedFrames() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, FRAMES);
        Path video = dir.resolve("long.mp4");
        MaskOverlayEditor editor = Annotating.open(bot, scene, video);
        Annotating.keep(bot, editor, scene.geometry(SampleScene.DISK, 0), "disk", 1, 0);
        TrackedObject disk = bot.syncCall(() -> editor.session().project().object(1).orElseThrow());

        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("tracking started", () -> editor.session().isTracking());
        Button stop = bot.widgetWithId(Workbench.windowShell(bot), Button.class, MaskletUi.WIDGET_ID_KEY,
                "stopTracking");
        bot.waitUntil("the Stop button shows beside the progress", () -> stop.isVisible(), Duration.ofSeconds(60));
        bot.waitUntil("a few frames tracked", () -> disk.masks().size() >= 3, Duration.ofSeconds(300));
        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("a second Ctrl+M says a run is going on",
                () -> editor.session().status().startsWith("Tracking is already running"));
        bot.screenshot("30-tracking-stop-button");
        bot.click(stop);
        bot.waitUntil("the Stop button stopped the run", () -> !editor.session().isTracking(),
                Duration.ofSeconds(120));
        int first = bot.syncCall(() -> lastMaskedFrame(disk));
        assertTrue(first < FRAMES - 1, "stopped before the end: the disk reaches frame " + (first + 1));
        assertMasksUpTo(bot, disk, first, "after Stop");
        assertTrue(bot.syncCall(() -> !stop.isVisible()), "the Stop button goes with the run");
        AnnotationProject saved = ProjectStore.load(ProjectStore.projectFileFor(video));
        assertEquals(first + 1, saved.object(1).orElseThrow().masks().size(), "the finished frames are saved");

        // a second run from the last tracked frame, stopped with Esc: what the first run made stays bit for bit
        Map<Integer, BinaryMask> before = bot.syncCall(() -> new TreeMap<>(disk.masks()));
        bot.syncRun(() -> editor.goToFrame(first));
        Annotating.focusEditor(bot, editor);
        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("the second run started", () -> editor.session().isTracking());
        bot.waitUntil("more frames tracked", () -> disk.masks().size() >= before.size() + 2,
                Duration.ofSeconds(300));
        // a middle click gives the canvas the keyboard (it pans, it does not prompt)
        bot.clickAt(bot.syncCall(() -> editor.imageToDisplay(10, 10)), 2);
        String focus = bot.syncCall(() -> String.valueOf(bot.display().getFocusControl()));
        bot.pressKeyCode(SWT.ESC, (char) SWT.ESC);
        bot.waitUntil("Esc stopped the run (keyboard focus: " + focus + ")", () -> !editor.session().isTracking(),
                Duration.ofSeconds(120));
        int second = bot.syncCall(() -> lastMaskedFrame(disk));
        assertTrue(second > first && second < FRAMES - 1, "Esc stopped the second run at frame " + (second + 1));
        assertMasksUpTo(bot, disk, second, "after Esc");
        for (int f = 0; f <= first; f++) {
            int frame = f;
            assertEquals(before.get(f), bot.syncCall(() -> disk.mask(frame)), "frame " + (f + 1) + " kept its mask");
        }
    }

    private static int lastMaskedFrame(TrackedObject o) {
        return o.masks().isEmpty() ? -1 : o.masks().lastKey();
    }

    /** A mask on every frame up to {@code last} and none after it: the frames not reached were left alone. */
    private static void assertMasksUpTo(UiBot bot, TrackedObject o, int last, String when) {
        bot.syncRun(() -> {
            for (int f = 0; f <= last; f++) {
                assertTrue(o.mask(f) != null, when + ": frame " + (f + 1) + " has its tracked mask");
            }
            for (int f = last + 1; f < FRAMES; f++) {
                assertNull(o.mask(f), when + ": frame " + (f + 1) + " was not reached and has no mask");
            }
        });
    }
}
