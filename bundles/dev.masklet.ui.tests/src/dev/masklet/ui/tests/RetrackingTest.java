package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;

/**
 * Issue 12 item 5 with real events: tracking never changes what a person kept nor what lies before the frame it
 * starts from. Two objects kept with F on frame 1, Ctrl+M: their frame-1 masks are bit-identical afterwards (the
 * default tracker used to redraw them). One object corrected on frame 6, Ctrl+M from there: frames 1-5 of both
 * objects, the correction and the untouched object's frame-6 mask are bit-identical. The Objects view says "kept" on
 * the prompted frame before and after tracking, "tracked" on tracked frames and nothing where nothing is known yet.
 */
class RetrackingTest extends WorkbenchTestBase {
    private static final int FRAMES = 10;
    private static final int CORRECTED = 5;

    @Test
    void retrackingLeavesKeptMasksAndEarlierFramesBitIdentical() throws Exception {
        UiBot bot = Workbench.bot();
        SampleScene scene = new SampleScene(640, 360, FRAMES);
        Path video = dir.resolve("retrack.mp4");
        MaskOverlayEditor editor = Annotating.open(bot, scene, video);
        Annotating.keep(bot, editor, scene.geometry(SampleScene.DISK, 0), "disk", 1, 0);
        Annotating.keep(bot, editor, scene.geometry(SampleScene.SQUARE, 0), "square", 2, 0);
        Table objects = bot.widgetWithId(Workbench.windowShell(bot), Table.class, MaskletUi.WIDGET_ID_KEY,
                "objectsTable");
        bot.waitUntil("the Objects view says kept on the prompted frame before any tracking",
                () -> states(objects).equals(List.of("kept", "kept")));
        bot.syncRun(() -> editor.goToFrame(1));
        bot.waitUntil("nothing is known of the objects on frame 2 yet", () -> states(objects).equals(List.of("", "")));
        bot.syncRun(() -> editor.goToFrame(0));
        Map<Integer, Map<Integer, byte[]>> kept = bot.syncCall(() -> bits(editor.session().project(), 0, 0));

        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("tracking started", () -> editor.session().isTracking());
        bot.waitUntil("tracking finished", () -> !editor.session().isTracking(), Duration.ofSeconds(300));
        assertSameBits(kept, bot.syncCall(() -> bits(editor.session().project(), 0, 0)),
                "Ctrl+M left the masks kept on frame 1");
        bot.waitUntil("the Objects view still says kept on frame 1", () -> states(objects).equals(List.of("kept",
                "kept")));
        bot.syncRun(() -> editor.goToFrame(3));
        bot.waitUntil("the Objects view says tracked on frame 4", () -> states(objects).equals(List.of("tracked",
                "tracked")));
        for (TrackedObject o : editor.session().project().objects()) {
            assertEquals(FRAMES, o.masks().size(), o.label() + " has a mask on every frame");
            assertNull(o.trackingConfidence(0), o.label() + " on frame 1 is the person's mask");
            assertNotNull(o.trackingConfidence(3), o.label() + " on frame 4 is the tracker's");
        }

        // correct the disk on frame 6, then track again from there
        bot.syncRun(() -> editor.goToFrame(CORRECTED));
        bot.waitUntil("frame 6 is encoded", editor::isFrameEncoded, Duration.ofSeconds(90));
        Annotating.keep(bot, editor, scene.geometry(SampleScene.DISK, CORRECTED), "disk", 2, 1);
        bot.waitUntil("the Objects view: the corrected disk is kept, the square tracked",
                () -> states(objects).equals(List.of("kept", "tracked")));
        Map<Integer, Map<Integer, byte[]>> before = bot.syncCall(() -> bits(editor.session().project(), 0, CORRECTED));
        bot.press(SWT.CTRL, 'm');
        bot.waitUntil("re-tracking started", () -> editor.session().isTracking());
        bot.waitUntil("re-tracking finished", () -> !editor.session().isTracking(), Duration.ofSeconds(300));
        assertSameBits(before, bot.syncCall(() -> bits(editor.session().project(), 0, CORRECTED)),
                "re-tracking from frame 6 left frames 1-6 of both objects as they were");
        bot.screenshot("80-retracked-from-frame-6");

        // and so does the saved project
        AnnotationProject saved = ProjectStore.load(ProjectStore.projectFileFor(video));
        assertSameBits(before, bits(saved, 0, CORRECTED), "the saved frames 1-6");
        assertNull(saved.object(1).orElseThrow().trackingConfidence(CORRECTED), "the correction is the person's");
        assertNotNull(saved.object(1).orElseThrow().trackingConfidence(FRAMES - 1), "the last frame is tracked");
    }

    /** The State column, top to bottom. */
    private static List<String> states(Table objects) {
        return java.util.stream.IntStream.range(0, objects.getItemCount()).mapToObj(i -> objects.getItem(i).getText(3))
                .toList();
    }

    /** Every object's mask bytes on frames {@code first..last} (absent masks left out). */
    private static Map<Integer, Map<Integer, byte[]>> bits(AnnotationProject project, int first, int last) {
        Map<Integer, Map<Integer, byte[]>> all = new TreeMap<>();
        for (TrackedObject o : project.objects()) {
            Map<Integer, byte[]> frames = new TreeMap<>();
            for (int f = first; f <= last; f++) {
                if (o.mask(f) != null) {
                    frames.put(f, o.mask(f).bits().clone());
                }
            }
            all.put(o.trackId(), frames);
        }
        return all;
    }

    private static void assertSameBits(Map<Integer, Map<Integer, byte[]>> expected,
            Map<Integer, Map<Integer, byte[]>> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": the objects");
        for (int id : expected.keySet()) {
            assertEquals(expected.get(id).keySet(), actual.get(id).keySet(), what + ": frames with a mask of " + id);
            for (int f : expected.get(id).keySet()) {
                assertArrayEquals(expected.get(id).get(f), actual.get(id).get(f),
                        what + ": object " + id + " on frame " + (f + 1));
            }
        }
    }
}
