package dev.masklet.ui.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.engine.DeviceStatus;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.media.FrameFolderSource;
import dev.masklet.ui.internal.editor.model.AnnotationSession;
import dev.masklet.ui.internal.editor.model.OutputMode;
import dev.masklet.ui.internal.editor.model.SessionChange;

/** The editor's model and its one change channel, on a real folder of frames, without any widget. */
class AnnotationSessionTest {
    private static final int W = 32;
    private static final int H = 24;
    @TempDir
    Path dir;
    private FrameFolderSource source;
    private AnnotationSession session;
    private final List<SessionChange> heard = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        Path frames = Files.createDirectories(dir.resolve("frames"));
        for (int i = 0; i < 4; i++) {
            BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
            img.setRGB(i, i, 0xffffff);
            ImageIO.write(img, "png", frames.resolve("frame" + i + ".png").toFile());
        }
        source = FrameFolderSource.open(frames);
        AnnotationProject project = new AnnotationProject("frames", W, H, source.frameCount());
        session = new AnnotationSession(frames, source, project, ProjectStore.projectFileFor(frames));
        session.addListener(heard::add);
    }

    @AfterEach
    void close() {
        source.close();
    }

    private static MaskPrediction prediction() {
        return new MaskPrediction(new BinaryMask(W, H, new byte[W * H]), 0.9f, new float[0]);
    }

    @Test
    void showingAFrameDropsItsPromptsAndTellsOnce() {
        session.goToFrame(2);
        assertEquals(List.of(SessionChange.FRAME), heard);
        assertEquals(2, session.frameIndex());
        assertNotNull(session.frame());
        assertEquals(W, session.frame().width());
        session.addPoint(3, 4, true);
        assertEquals(1, session.prompts().count());
        heard.clear();
        session.goToFrame(3);
        assertEquals(List.of(SessionChange.FRAME), heard);
        assertEquals(0, session.prompts().count(), "prompts belong to the frame they were clicked on");
    }

    @Test
    void goingToTheShownFrameChangesNothingAndFramesAreClamped() {
        session.goToFrame(1);
        heard.clear();
        session.goToFrame(1);
        assertTrue(heard.isEmpty());
        session.goToFrame(99);
        assertEquals(3, session.frameIndex());
        session.goToFrame(-5);
        assertEquals(0, session.frameIndex());
    }

    @Test
    void promptsAndPredictionsAreTwoChanges() {
        session.goToFrame(0);
        heard.clear();
        session.addPoint(1, 1, true);
        session.setBox(0, 0, 5, 5);
        assertEquals(List.of(SessionChange.PROMPTS, SessionChange.PROMPTS), heard);
        int version = session.prompts().version();
        heard.clear();
        assertFalse(session.offerPrediction(version - 1, prediction()), "an answer to older clicks is dropped");
        assertTrue(heard.isEmpty());
        assertTrue(session.offerPrediction(version, prediction()));
        assertEquals(List.of(SessionChange.PREDICTION), heard);
        assertNotNull(session.prompts().prediction());
        session.clearPrompts();
        assertEquals(List.of(SessionChange.PREDICTION, SessionChange.PREDICTION), heard);
        assertNull(session.prompts().prediction());
    }

    @Test
    void viewSettingsTellWhatMustBeRedrawn() {
        session.setOverlay(OutputMode.BOX, 40, true);
        session.setPicture(-20, 150);
        session.viewChanged();
        session.setObjectVisible(7, false);
        assertEquals(List.of(SessionChange.OVERLAY, SessionChange.PICTURE, SessionChange.VIEW, SessionChange.OVERLAY),
                heard);
        assertEquals(OutputMode.BOX, session.settings().outputMode());
        assertEquals(40, session.settings().opacity());
        assertTrue(session.settings().outlineOnly());
        assertEquals(-20, session.settings().brightness());
        assertEquals(150, session.settings().contrast());
        assertFalse(session.isObjectVisible(7));
    }

    @Test
    void leavingEditModeClearsTheSelection() {
        AnnotationProject p = session.project();
        session.setEditMode(true);
        session.select(p.addObject("cup"));
        heard.clear();
        session.setEditMode(false);
        assertEquals(List.of(SessionChange.SELECTION, SessionChange.EDIT_MODE), heard);
        assertNull(session.selected());
    }

    @Test
    void aProjectChangeIsSavedAndTold() throws IOException {
        session.project().addObject("cup");
        session.marks().prompted(1);
        session.projectChanged();
        assertEquals(List.of(SessionChange.PROJECT, SessionChange.MARKS), heard);
        assertTrue(Files.exists(session.projectFile()), "saved at once");
        assertEquals(1, ProjectStore.load(session.projectFile()).objects().size());
    }

    @Test
    void theEngineIsToldOnlyWhenModelOrDeviceChange() {
        DeviceStatus cpu = new DeviceStatus("cpu", "cpu", "");
        session.showSegmentationModel("MobileSAM", cpu);
        session.showSegmentationModel("MobileSAM", cpu);
        assertEquals(List.of(SessionChange.ENGINE), heard);
        session.showSegmentationModel("MobileSAM", new DeviceStatus("cuda", "cpu", "CUDA is missing"));
        assertEquals(List.of(SessionChange.ENGINE, SessionChange.ENGINE), heard);
        assertTrue(session.deviceStatus().isFallback());
    }

    @Test
    void playbackAndTrackingAreToldWhenTheyStartAndStop() {
        session.setPlaying(true);
        session.setPlaying(true);
        session.setPlaying(false);
        session.setTracking(true);
        session.setTracking(false);
        assertEquals(List.of(SessionChange.PLAYBACK, SessionChange.PLAYBACK, SessionChange.TRACKING,
                SessionChange.TRACKING), heard);
    }
}
