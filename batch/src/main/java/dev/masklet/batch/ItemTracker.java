package dev.masklet.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameRange;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.store.ProjectStore;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.TrackingModel;
import dev.masklet.engine.TrackingOptions;
import dev.masklet.engine.TrackingSession;
import dev.masklet.engine.prompted.PromptedTracking;
import dev.masklet.engine.prompted.TrackPrompts;
import dev.masklet.engine.prompted.TrackedProject;
import dev.masklet.export.ExportException;
import dev.masklet.export.ExportMonitor;
import dev.masklet.export.ExportOptions;
import dev.masklet.export.ExportRequest;
import dev.masklet.export.ExporterDescriptor;
import dev.masklet.export.ExporterRegistry;
import dev.masklet.geometry.MaskCleanup;
import dev.masklet.media.FrameFolderSource;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoFrames;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;

/**
 * One item's work in a local folder: decode, track the prompts with the model as {@code masklet-cli track} does
 * ({@link PromptedTracking}, {@link TrackedProject}), clean the tracked masks up if asked, save the project through
 * {@link ProjectStore} (the workbench's layout: {@code <media>.masklet.json} and its frames folder) and run the
 * requested exporters into {@code exports/<format>/}. Problems with the item itself are {@link ItemException}s.
 */
final class ItemTracker {
    /** What was made. */
    record Tracked(String projectFile, int frames, int objects, double seconds) {
    }

    private ItemTracker() {
    }

    /**
     * @param media the local video file or frame folder
     * @param mediaName how the project file names its media: its file name, as it lies beside the project
     * @param dir the empty local folder to write into
     */
    static Tracked run(BatchItem item, Path media, TrackPrompts prompts, String mediaName, Path dir,
            TrackingModel model, ExporterRegistry exporters) throws ItemException, IOException {
        List<ExporterDescriptor> formats = formats(item, exporters);
        try (VideoSource source = item.frameFolder() ? FrameFolderSource.open(media) : VideoSources.open(media)) {
            int frameCount = source.frameCount();
            FrameRange range = range(item.range(), frameCount);
            try {
                PromptedTracking.check(prompts, range, source.width(), source.height(), frameCount);
            } catch (IllegalArgumentException e) {
                throw new ItemException(e.getMessage());
            }
            TrackedProject tracked = new TrackedProject(mediaName, source.width(), source.height(), frameCount,
                    prompts, null);
            long start = System.nanoTime();
            try (TrackingSession session = model.newSession(VideoFrames.of(source), TrackingOptions.defaults())) {
                PromptedTracking.track(session, prompts, range, item.reverse(), tracked);
            }
            tracked.finish();
            double seconds = (System.nanoTime() - start) / 1e9;
            AnnotationProject project = tracked.project();
            cleanUp(project, item.cleanupPixels());
            String projectName = Path.of(mediaName).getFileName() + ProjectStore.SUFFIX;
            ProjectStore.save(project, dir.resolve(projectName));
            for (ExporterDescriptor format : formats) {
                Path out = dir.resolve("exports").resolve(format.id());
                Files.createDirectories(out);
                format.create().export(new ExportRequest(project, VideoFrames.of(source), out,
                        ExportOptions.defaults()), ExportMonitor.NONE);
            }
            return new Tracked(projectName, range.length(), prompts.labels().size(), seconds);
        } catch (MediaException e) {
            // named as the manifest names it, not by its copy on this executor
            throw new ItemException(oneLine(e.getMessage()).replace(media.toString(), item.media()));
        } catch (EngineException e) {
            throw new ItemException("tracking failed: " + oneLine(e.getMessage()));
        } catch (ExportException e) {
            throw new ItemException("export failed: " + oneLine(e.getMessage()));
        }
    }

    private static List<ExporterDescriptor> formats(BatchItem item, ExporterRegistry exporters)
            throws ItemException {
        List<ExporterDescriptor> formats = new java.util.ArrayList<>();
        for (String id : item.exports()) {
            formats.add(exporters.find(id).orElseThrow(() -> new ItemException("unknown export format '" + id
                    + "'; known: " + String.join(", ", exporters.exporters().stream().map(ExporterDescriptor::id)
                            .toList()))));
        }
        return formats;
    }

    /** The frames to track, as {@code masklet-cli track --range}: the whole media without one. */
    static FrameRange range(String text, int frameCount) throws ItemException {
        try {
            return FrameRange.parseZeroBased(text, frameCount);
        } catch (IndexOutOfBoundsException e) {
            throw new ItemException("range " + text + " is outside the media: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ItemException("range must be A:B (first and last frame, either may be left out): "
                    + e.getMessage());
        }
    }

    /** Removes specks from the tracked masks; a person's (prompted) masks stay as they are. */
    private static void cleanUp(AnnotationProject project, int minPixels) {
        if (minPixels <= 1) {
            return;
        }
        for (TrackedObject object : project.objects()) {
            for (Map.Entry<Integer, BinaryMask> e : Map.copyOf(object.masks()).entrySet()) {
                Float confidence = object.trackingConfidence(e.getKey());
                if (confidence != null) {
                    object.putTracked(e.getKey(), MaskCleanup.removeSpecks(e.getValue(), minPixels), confidence);
                }
            }
        }
    }

    static String oneLine(String message) {
        return message == null ? "unknown error" : message.replaceAll("\\s+", " ").trim();
    }
}
