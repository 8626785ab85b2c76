package dev.masklet.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonParser;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.LoadReport;
import dev.masklet.core.store.ProjectStore;

/**
 * A child JVM autosaving in a loop ({@link SaveLoop}) is killed with SIGKILL ({@code destroyForcibly}) at random
 * moments, 25 times (most while it saves, every fifth at any moment from its start). After each kill every annotation file on disk parses, the project opens (removing the
 * temporary files of the interrupted save), and nothing the last completed autosave had written is lost.
 */
class CrashSafetyTest {
    private static final int KILLS = 25;

    @TempDir
    Path dir;

    @Test
    void killedWhileSavingLosesNothingThatWasSaved() throws Exception {
        Path file = dir.resolve("clip.mp4.masklet.json");
        Random random = new Random(20261126L);
        int interruptedSaves = 0;
        int tempFilesRemoved = 0;
        int lastSaved = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = ChildJvm.java(SaveLoop.class, List.of(ProjectStore.class, Gson.class), file.toString())
                    .redirectErrorStream(true).start();
            AtomicInteger saved = new AtomicInteger(-1);
            List<String> output = new ArrayList<>();
            Thread reader = new Thread(() -> readSaves(child, saved, output));
            reader.start();
            if (kill % 5 == 4) {
                Thread.sleep(random.nextInt(1500)); // any moment: starting, reading the project, saving
            } else {
                waitForFirstSave(child, saved, output);
                Thread.sleep(random.nextInt(400));
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child JVM did not die");
            reader.join(10_000);
            int printed = saved.get();
            assertTrue(printed < 0 || printed > lastSaved, "the child went on from an older save: " + printed
                    + " after " + lastSaved);
            int confirmed = Math.max(printed, lastSaved);

            everyAnnotationFileParses();
            LoadReport report = ProjectStore.open(file);
            interruptedSaves += report.interruptedSave() ? 1 : 0;
            tempFilesRemoved += report.removedTempFiles().size();
            try (Stream<Path> files = Files.walk(dir)) {
                assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList(),
                        "temporary files of the interrupted save are removed on opening");
            }
            nothingOlderThanTheLastSaveIsLost(report.project(), confirmed);
            lastSaved = confirmed;
        }
        assertTrue(lastSaved >= KILLS * 4 / 5, "the child saved only " + lastSaved + " times in " + KILLS + " runs");
        System.out.println("CrashSafetyTest: " + KILLS + " kills, " + lastSaved + " saves, " + interruptedSaves
                + " opens after an interrupted save, " + tempFilesRemoved + " temporary files removed");
    }

    private static void readSaves(Process child, AtomicInteger saved, List<String> output) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("saved ")) {
                    saved.set(Integer.parseInt(line.substring(6)));
                } else {
                    synchronized (output) {
                        output.add(line);
                    }
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the child was killed mid-line
        }
    }

    private static void waitForFirstSave(Process child, AtomicInteger saved, List<String> output)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (saved.get() < 0) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                child.destroyForcibly();
                synchronized (output) {
                    fail("the child JVM did not save (exit " + (child.isAlive() ? "none" : child.exitValue()) + "): "
                            + String.join("\n", output));
                }
            }
            Thread.sleep(5);
        }
    }

    private void everyAnnotationFileParses() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                try {
                    JsonParser.parseString(Files.readString(f, StandardCharsets.UTF_8)).getAsJsonObject();
                } catch (RuntimeException e) {
                    fail(f + " does not parse after a kill: " + e);
                }
            }
        }
    }

    /**
     * Object 1's label is at least the last confirmed iteration; on every frame, object 2's stamp is at least the
     * last confirmed iteration that wrote that frame, and at most the one in flight.
     */
    private static void nothingOlderThanTheLastSaveIsLost(AnnotationProject project, int confirmed) {
        int label = SaveLoop.iterationOf(project);
        assertTrue(label >= confirmed && label <= confirmed + 1, "label iteration " + label + ", confirmed " + confirmed);
        TrackedObject first = project.object(1).orElseThrow();
        assertEquals(SaveLoop.FRAMES, first.masks().size(), "object 1 lost masks");
        TrackedObject stamps = project.object(2).orElseThrow();
        for (int frame = 0; frame < SaveLoop.FRAMES; frame++) {
            int expected = lastWriter(frame, confirmed);
            BinaryMask mask = stamps.mask(frame);
            if (expected == 0) {
                continue;
            }
            assertTrue(mask != null, "frame " + frame + " lost the stamp of iteration " + expected);
            int found = SaveLoop.unstamp(mask);
            assertTrue(found >= expected && found <= confirmed + 1,
                    "frame " + frame + ": stamp " + found + ", expected at least " + expected);
            assertFalse(project.frame(frame).shapes().isEmpty(), "frame " + frame + " lost its shape");
        }
    }

    private static int lastWriter(int frame, int confirmed) {
        for (int i = confirmed; i > 0; i--) {
            if (SaveLoop.framesOf(i).contains(frame)) {
                return i;
            }
        }
        return 0;
    }
}
