package dev.masklet.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.masklet.engine.FrameKey;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.SegmentationModels;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.testing.ui.UiBot;
import dev.masklet.ui.MaskletUi;
import dev.masklet.ui.internal.editor.MaskOverlayEditor;
import dev.masklet.ui.internal.editor.prompt.SegmentationChoice;

/**
 * Choosing the segmentation model in the Model view, with real events: with a SAM 2 model installed (the SAM 2.1
 * micro fixture), the view offers it next to the default; choosing it re-encodes the shown frame with SAM 2 in image
 * mode, and a click is answered by that model (the same mask as the service gives for the same prompt); choosing
 * the default again answers the same click with MobileSAM.
 */
class SegmentationModelChoiceTest extends WorkbenchTestBase {
    private static final String SAM2 = Sam2Micro.NAME;

    @Test
    void aSam2ModelChosenInTheModelViewAnswersClicks() throws Exception {
        UiBot bot = Workbench.bot();
        Sam2Micro sam2Micro = new Sam2Micro(dir);
        try {
            SampleScene scene = new SampleScene(320, 180, 3);
            Path folder = Annotating.writePngFrames(scene, Files.createDirectory(dir.resolve("frames")));
            Workbench.showModelView(bot);
            Combo choice = bot.widgetWithId(Workbench.windowShell(bot), Combo.class, MaskletUi.WIDGET_ID_KEY,
                    "segmentationChoice");
            String[] items = bot.syncCall(choice::getItems);
            assertEquals("Default (MobileSAM)", items[0]);
            int sam2 = Arrays.asList(items).indexOf(SAM2);
            assertTrue(sam2 > 0, "the Model view offers the installed SAM 2 model: " + Arrays.toString(items));

            Workbench.openFrameFolder(bot, folder);
            bot.waitUntil("the folder opens", () -> Workbench.activeEditor(bot) != null);
            MaskOverlayEditor editor = Workbench.activeEditor(bot);
            bot.waitUntil("frame 1 is encoded by the default", () -> editor.isFrameEncoded()
                    && "mobilesam".equals(editor.session().segmentationModel()), Duration.ofSeconds(90));

            bot.select(choice, sam2);
            bot.waitUntil("frame 1 is encoded again with SAM 2", () -> editor.isFrameEncoded()
                    && SAM2.equals(editor.session().segmentationModel()), Duration.ofSeconds(90));
            Label device = bot.widgetWithId(Workbench.windowShell(bot), Label.class, MaskletUi.WIDGET_ID_KEY,
                    "deviceStatus");
            bot.waitUntil("the Model view names the model in use",
                    () -> device.getText().startsWith("Segmentation model: " + SAM2 + ", "));

            Annotating.focusEditor(bot, editor);
            double[] disk = scene.geometry(SampleScene.DISK, 0);
            bot.clickAt(bot.syncCall(() -> editor.imageToDisplay(disk[0], disk[1])), 1);
            bot.waitUntil("SAM 2 answers the click", () -> editor.session().prompts().prediction() != null);
            Prompt prompt = bot.syncCall(() -> editor.session().prompts().snapshot());
            MaskPrediction shown = bot.syncCall(() -> editor.session().prompts().prediction());
            SegmentationEngine sam2Engine = sam2Service().open(SAM2);
            MaskPrediction expected = sam2Engine.predict(sam2Engine.encode(new FrameKey("check", 0),
                    scene.render(0)), prompt);
            assertArrayEquals(expected.lowResLogits(), shown.lowResLogits(), "the mask is SAM 2's");
            assertEquals(expected.mask().area(), shown.mask().area());
            // random weights: the micro model may well judge the disk absent, and the status line must say so
            String said = expected.mask().area() == 0 ? "No object found at these prompts" : "Mask ready";
            bot.waitUntil("the status line says what the model found",
                    () -> editor.session().status().startsWith(said));
            bot.screenshot("72-sam2-image-mode");

            bot.select(choice, 0);
            bot.waitUntil("the default answers the same click", () -> "mobilesam".equals(
                    editor.session().segmentationModel()) && editor.session().prompts().prediction() != null
                    && editor.session().prompts().prediction() != shown, Duration.ofSeconds(90));
            Prompt after = bot.syncCall(() -> editor.session().prompts().snapshot());
            assertEquals(prompt.points(), after.points(), "the clicks are kept across the change");
            double iou = bot.syncCall(() -> editor.session().prompts().prediction()).mask().iou(scene.truth(SampleScene.DISK, 0));
            assertTrue(iou > 0.8, "MobileSAM segments the disk again: IoU " + iou);
        } finally {
            SegmentationChoice.setPreferred("");
            sam2Micro.close();
            Workbench.showModelView(bot); // the view as the other tests expect it: open, listing the usual models
        }
    }

    private static SegmentationModels sam2Service() {
        BundleContext context = FrameworkUtil.getBundle(MaskOverlayEditor.class).getBundleContext();
        ServiceReference<SegmentationModels> ref = context.getServiceReference(SegmentationModels.class);
        assertTrue(ref != null, "a SAM 2 segmentation service is registered");
        return context.getService(ref);
    }
}
