package dev.masklet.core.tests;

import java.nio.file.Path;
import java.util.List;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.Shape;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.AutosaveService;
import dev.masklet.core.store.LoadReport;
import dev.masklet.core.store.ProjectStore;

/**
 * The child JVM of {@link CrashSafetyTest}: opens (or creates) a project and edits and autosaves it in a loop
 * until it is killed, printing {@code saved N} after each completed autosave. Iteration N renames object 1 to
 * "iteration N" (which rewrites every frame it is on) and stamps N into object 2's mask on three frames.
 */
public final class SaveLoop {
    static final int FRAMES = 40;
    static final int W = 64;
    static final int H = 48;

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        AnnotationProject project;
        if (ProjectStore.exists(file)) {
            LoadReport report = ProjectStore.open(file);
            project = report.project();
            System.out.println("opened " + report.message());
        } else {
            project = new AnnotationProject("clip.mp4", W, H, 1000);
            TrackedObject first = project.addObject("iteration 0");
            for (int f = 0; f < FRAMES; f++) {
                first.putMask(f, TestData.square(W, H, f, 10, 8));
            }
            project.addObject("stamps");
        }
        int iteration = iterationOf(project);
        try (AutosaveService autosave = new AutosaveService(project, file, Runnable::run, e -> {
            throw new IllegalStateException(e);
        })) {
            while (true) {
                iteration++;
                project.object(1).orElseThrow().setLabel("iteration " + iteration);
                for (int k = 0; k < 3; k++) {
                    int frame = frameOf(iteration, k);
                    project.object(2).orElseThrow().putMask(frame, stamp(iteration));
                    FrameAnnotations annotations = project.frame(frame);
                    while (!annotations.shapes().isEmpty()) {
                        annotations.removeShape(0);
                    }
                    annotations.addShape(Shape.point("stamp", 2, iteration % W, 1).withDescription("" + iteration));
                    annotations.setFlag(FrameAnnotations.REVIEWED, iteration % 2 == 0);
                }
                autosave.frameChanged();
                System.out.println("saved " + iteration);
                System.out.flush();
            }
        }
    }

    static int frameOf(int iteration, int k) {
        return (iteration * 3 + k) % FRAMES;
    }

    static int iterationOf(AnnotationProject project) {
        String label = project.object(1).orElseThrow().label();
        return Integer.parseInt(label.substring("iteration ".length()));
    }

    /** A mask whose first 31 pixels (row-major) are the iteration in binary, plus one pixel always set. */
    static BinaryMask stamp(int iteration) {
        byte[] bits = new byte[W * H];
        for (int b = 0; b < 31; b++) {
            bits[b] = (byte) ((iteration >>> b) & 1);
        }
        bits[W * H - 1] = 1;
        return new BinaryMask(W, H, bits);
    }

    static int unstamp(BinaryMask mask) {
        int n = 0;
        for (int b = 0; b < 31; b++) {
            if (mask.get(b % W, b / W)) {
                n |= 1 << b;
            }
        }
        return n;
    }

    static List<Integer> framesOf(int iteration) {
        return List.of(frameOf(iteration, 0), frameOf(iteration, 1), frameOf(iteration, 2));
    }
}
