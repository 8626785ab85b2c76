package dev.masklet.export;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import dev.masklet.core.image.FrameProvider;
import dev.masklet.core.model.FrameRange;

/**
 * How to export: which frames, whether to write the frame images, how fine polygons are, and options particular to
 * one format ({@link #property}). Immutable; build with {@link #builder()}.
 */
public final class ExportOptions {
    /** Default polygon fineness: polygons stay within 1 pixel of the mask's boundary. */
    public static final double DEFAULT_POLYGON_EPSILON = 1.0;

    private final FrameRange range;
    private final boolean includeImages;
    private final ImageFormat imageFormat;
    private final double polygonEpsilon;
    private final boolean includeUnannotatedFrames;
    private final Map<String, String> properties;

    private ExportOptions(Builder b) {
        this.range = b.range;
        this.includeImages = b.includeImages;
        this.imageFormat = b.imageFormat;
        this.polygonEpsilon = b.polygonEpsilon;
        this.includeUnannotatedFrames = b.includeUnannotatedFrames;
        this.properties = Map.copyOf(b.properties);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** All frames, no images, default fineness. */
    public static ExportOptions defaults() {
        return builder().build();
    }

    /** The frames to export, or null for all of them. */
    public FrameRange range() {
        return range;
    }

    /** Whether to write the frame images beside the annotations (needs a {@link FrameProvider}). */
    public boolean includeImages() {
        return includeImages;
    }

    public ImageFormat imageFormat() {
        return imageFormat;
    }

    /**
     * Polygon fineness in pixels: how far a simplified polygon may stray from the mask's boundary (0 keeps every
     * corner of the pixel boundary).
     */
    public double polygonEpsilon() {
        return polygonEpsilon;
    }

    /**
     * Whether frames of the range on which no object has a mask are exported too (as images without objects).
     * Off by default: a frame nobody annotated is not known to be empty. Sequence formats (MOT, MOTS) always
     * describe the whole range.
     */
    public boolean includeUnannotatedFrames() {
        return includeUnannotatedFrames;
    }

    /** A format-specific option, e.g. {@code coco.segmentation=rle}; see each exporter's documentation. */
    public String property(String key, String defaultValue) {
        return properties.getOrDefault(key, defaultValue);
    }

    /** Builds {@link ExportOptions}. */
    public static final class Builder {
        private FrameRange range;
        private boolean includeImages;
        private ImageFormat imageFormat = ImageFormat.JPEG;
        private double polygonEpsilon = DEFAULT_POLYGON_EPSILON;
        private boolean includeUnannotatedFrames;
        private final Map<String, String> properties = new TreeMap<>();

        private Builder() {
        }

        public Builder range(FrameRange range) {
            this.range = range;
            return this;
        }

        public Builder includeImages(boolean includeImages) {
            this.includeImages = includeImages;
            return this;
        }

        public Builder imageFormat(ImageFormat imageFormat) {
            this.imageFormat = Objects.requireNonNull(imageFormat, "imageFormat");
            return this;
        }

        public Builder polygonEpsilon(double epsilon) {
            if (!(epsilon >= 0) || Double.isInfinite(epsilon)) {
                throw new IllegalArgumentException("polygon fineness must be >= 0 pixels, got " + epsilon);
            }
            this.polygonEpsilon = epsilon;
            return this;
        }

        public Builder includeUnannotatedFrames(boolean include) {
            this.includeUnannotatedFrames = include;
            return this;
        }

        public Builder property(String key, String value) {
            properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public ExportOptions build() {
            return new ExportOptions(this);
        }
    }
}
