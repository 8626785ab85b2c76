package dev.masklet.export.internal;

/** YOLO segmentation ({@code yolo-seg}); see {@link YoloExporter}. */
public final class YoloSegmentExporter extends YoloExporter {
    public YoloSegmentExporter() {
        super(true);
    }
}
