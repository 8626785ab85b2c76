package dev.masklet.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.LabelNames;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.export.ImportResult;

/** Collects imported masks by track and frame (merging several shapes of one track on one frame) into a project. */
final class ImportBuilder {
    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)(?!.*\\d)");

    private final Map<Integer, String> labels = new TreeMap<>();
    private final Map<Integer, Map<Integer, BinaryMask>> masks = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private int width;
    private int height;
    private int maxFrame = -1;

    void size(int w, int h) {
        this.width = w;
        this.height = h;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    void warn(String w) {
        warnings.add(w);
    }

    /** A valid label, or null (with a warning) when the name is blank or holds control characters. */
    String label(String raw, String where) {
        try {
            return LabelNames.check(raw);
        } catch (IllegalArgumentException e) {
            warn(where + ": " + e.getMessage() + "; left out");
            return null;
        }
    }

    /** Adds (or unites with what the track already has on that frame). */
    void add(int trackId, String label, int frame, BinaryMask mask, String where) {
        String known = labels.putIfAbsent(trackId, label);
        if (known != null && !known.equals(label)) {
            warn(where + ": track " + trackId + " was labelled \"" + known + "\" before, now \"" + label
                    + "\"; kept \"" + known + "\"");
        }
        Map<Integer, BinaryMask> frames = masks.computeIfAbsent(trackId, k -> new TreeMap<>());
        BinaryMask before = frames.get(frame);
        frames.put(frame, before == null ? mask : union(before, mask));
        maxFrame = Math.max(maxFrame, frame);
    }

    boolean has(int trackId, int frame) {
        return masks.containsKey(trackId) && masks.get(trackId).containsKey(frame);
    }

    private static BinaryMask union(BinaryMask a, BinaryMask b) {
        byte[] bits = a.bits().clone();
        byte[] o = b.bits();
        for (int i = 0; i < bits.length; i++) {
            bits[i] |= o[i];
        }
        return new BinaryMask(a.width(), a.height(), bits);
    }

    /** The last number in a file name ({@code frame_000123.json} -> 123), or -1. */
    static int frameFromName(String name) {
        int dot = name.lastIndexOf('.');
        Matcher m = LAST_NUMBER.matcher(dot > 0 ? name.substring(0, dot) : name);
        if (m.find()) {
            try {
                return Integer.parseInt(m.group(1));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    ImportResult build(String mediaName, int frameCount) {
        if (width <= 0 || height <= 0) {
            width = 1;
            height = 1;
            warn("no image size found; the project is 1x1 and has no objects");
        }
        AnnotationProject project = new AnnotationProject(mediaName, width, height,
                Math.max(frameCount, maxFrame + 1));
        for (Map.Entry<Integer, String> e : labels.entrySet()) {
            TrackedObject o = new TrackedObject(e.getKey(), e.getValue());
            masks.getOrDefault(e.getKey(), Map.of()).forEach(o::putMask);
            project.addObject(o);
        }
        return new ImportResult(project, warnings);
    }
}
