package dev.masklet.batch;

import java.io.Serializable;
import java.util.List;

/**
 * One line of the manifest: one video or frame folder to track.
 *
 * @param id the item's name in the outputs (folder, summary row); unique in the manifest
 * @param line the manifest line it came from (1-based), for messages
 * @param media where the video or frame folder is (a Hadoop path or URI: file:///, hdfs://, s3a://)
 * @param frameFolder whether {@code media} is a folder of frames
 * @param prompts the prompts in {@code masklet-cli track --prompts} format, as JSON text, or null when
 *            {@code promptsLocation} gives them
 * @param promptsLocation where a prompts file is, or null
 * @param project where a Masklet project file is whose kept masks are the prompts, or null
 * @param range {@code A:B} (0-based, either end may be left out) or null for every frame
 * @param reverse whether tracking runs backwards
 * @param model a tracking model's name or folder, or null for the job's
 * @param exports exporter ids ({@code masklet-cli export --list}: coco, yolo, mot, masks, ...)
 * @param cleanupPixels mask parts smaller than this many pixels are removed; 0 for none
 */
public record BatchItem(String id, int line, String media, boolean frameFolder, String prompts,
        String promptsLocation, String project, String range, boolean reverse, String model, List<String> exports,
        int cleanupPixels) implements Serializable {
    private static final long serialVersionUID = 1L;

    public BatchItem {
        exports = List.copyOf(exports);
    }
}
