package dev.masklet.export;

import java.io.IOException;
import java.nio.file.Path;

import dev.masklet.export.internal.CocoImporter;
import dev.masklet.export.internal.LabelMeImporter;

/**
 * Reads datasets written by Masklet or by other tools back into an {@link ImportResult}. Shapes that cannot become
 * masks (points, lines, polygons with fewer than 3 corners or no area) are left out with a warning; a file that is
 * not the format at all fails with an {@link IOException} naming it.
 */
public final class DatasetImporters {
    private DatasetImporters() {
    }

    /**
     * A folder of LabelMe / X-AnyLabeling JSON files, one per frame. Shapes of type polygon, rectangle (2 or 4
     * points), rotation and circle become masks; shapes sharing a {@code group_id} are one object (its track id),
     * shapes without one are one object each. The frame of a file is taken from Masklet's {@code masklet} field,
     * else from the last number in its name ({@code frame_000123.json}), else from the order of the names. Masks in
     * Masklet's {@code masklet} field are used as they are unless the shapes were edited after the export.
     */
    public static ImportResult labelMe(Path folder) throws IOException {
        return LabelMeImporter.read(folder);
    }

    /**
     * A folder of images labelled with LabelMe / X-AnyLabeling (one JSON file beside each image): as
     * {@link #labelMe(Path)}, but the frame of a file is the index of the image it labels in {@code images} (the
     * folder's frames in order), matched by the file's {@code imagePath}, else by name stem ({@code cat_dog.json}
     * beside {@code cat_dog.jpg}); a file that labels none of them is left out with a warning.
     */
    public static ImportResult labelMe(Path folder, java.util.List<String> images) throws IOException {
        return LabelMeImporter.read(folder, images);
    }

    /**
     * A COCO instances file: polygon and RLE (compressed string or uncompressed counts) segmentations, a
     * {@code track_id} per annotation when present (else one object per annotation), the frame of each image from
     * {@code frame_index}, else from the last number in {@code file_name}, else from the order of the image ids.
     * Crowd annotations ({@code iscrowd: 1}) are left out.
     */
    public static ImportResult coco(Path annotationsJson) throws IOException {
        return CocoImporter.read(annotationsJson);
    }
}
