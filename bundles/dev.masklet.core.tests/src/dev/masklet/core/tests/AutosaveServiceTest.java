package dev.masklet.core.tests;

import static dev.masklet.core.tests.TestData.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.settings.MaskletPreferences;
import dev.masklet.core.store.AutosaveService;
import dev.masklet.core.store.ProjectStore;

class AutosaveServiceTest {
    @TempDir
    Path dir;

    @Test
    void aFrameChangeSavesOnlyWhenSomethingChanged() throws IOException {
        Path file = ProjectStore.projectFileFor(dir.resolve("clip.mp4"));
        AnnotationProject project = new AnnotationProject("clip.mp4", 8, 8, 5);
        List<IOException> errors = new ArrayList<>();
        try (AutosaveService autosave = new AutosaveService(project, file, Runnable::run, errors::add)) {
            assertFalse(autosave.saveIfChanged(), "an untouched new project is not written");
            assertFalse(Files.exists(file));
            project.addObject("ball").putMask(2, square(8, 8, 1, 1, 3));
            autosave.frameChanged();
            assertNotNull(autosave.lastSaved());
            assertEquals(square(8, 8, 1, 1, 3), ProjectStore.load(file).object(1).orElseThrow().mask(2));
            assertFalse(autosave.saveIfChanged());
            project.object(1).orElseThrow().putMask(3, square(8, 8, 0, 0, 2));
        }
        assertEquals(square(8, 8, 0, 0, 2), ProjectStore.load(file).object(1).orElseThrow().mask(3),
                "closing saves what is left");
        assertEquals(List.of(), errors);
    }

    @Test
    void theTimerSavesOnTheModelThread() throws Exception {
        Path file = ProjectStore.projectFileFor(dir.resolve("clip.mp4"));
        AnnotationProject project = new AnnotationProject("clip.mp4", 8, 8, 5);
        ExecutorService modelThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "model"));
        List<String> savingThreads = new ArrayList<>();
        AutosaveService autosave = new AutosaveService(project, file, r -> modelThread.execute(() -> {
            savingThreads.add(Thread.currentThread().getName());
            r.run();
        }), e -> {
        });
        try {
            modelThread.submit(() -> project.addObject("ball").putMask(0, square(8, 8, 0, 0, 1))).get();
            autosave.start(1);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(file) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.exists(file), "the timer never saved");
        } finally {
            modelThread.submit(autosave::close).get();
            modelThread.shutdown();
        }
        assertTrue(savingThreads.stream().allMatch("model"::equals));
        assertEquals(1, ProjectStore.load(file).objects().size());
    }

    @Test
    void theIntervalComesFromThePreferenceOrItsDefault() {
        String key = "masklet." + MaskletPreferences.STORE_AUTOSAVE_SECONDS;
        assertEquals(MaskletPreferences.STORE_AUTOSAVE_SECONDS_DEFAULT, AutosaveService.configuredSeconds());
        System.setProperty(key, "7");
        try {
            assertEquals(7, AutosaveService.configuredSeconds());
        } finally {
            System.clearProperty(key);
        }
    }
}
