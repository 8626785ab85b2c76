package dev.masklet.engine.onnx.internal.mobilesam;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.onnx.internal.MobileSamEngine;

/**
 * The image encoder's features of one frame, as the tracker compares regions by them (as PerSAM does): one unit
 * vector per feature cell that covers the frame, after standardising each channel over the frame (what every cell
 * shares says nothing about which object a cell shows, and a few channels of large range would otherwise decide
 * every comparison alone). A region's descriptor is the normalised mean over the cells it
 * mostly covers; two descriptors compare by their dot product (cosine, -1..1).
 */
final class FeatureGrid {
    /** A cell belongs to a region when the region covers at least this share of it. */
    private static final double COVERED = 0.5;
    private final int cols;
    private final int rows;
    private final int channels;
    private final double cell;
    private final int width;
    private final int height;
    /** [rows * cols][channels], unit length. */
    private final float[][] vectors;

    private FeatureGrid(int cols, int rows, int channels, double cell, int width, int height, float[][] vectors) {
        this.cols = cols;
        this.rows = rows;
        this.channels = channels;
        this.cell = cell;
        this.width = width;
        this.height = height;
        this.vectors = vectors;
    }

    static FeatureGrid of(ImageEmbedding embedding) {
        MobileSamEngine.FeatureGridData grid = MobileSamEngine.featureGrid(embedding);
        int w = embedding.imageWidth();
        int h = embedding.imageHeight();
        int cols = Math.min(grid.size(), (int) Math.ceil(w / grid.cellSize()));
        int rows = Math.min(grid.size(), (int) Math.ceil(h / grid.cellSize()));
        int c = grid.channels();
        int plane = grid.size() * grid.size();
        float[] data = grid.data();
        float[] mean = new float[c];
        float[][] vectors = new float[rows * cols][c];
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                float[] v = vectors[y * cols + x];
                int at = y * grid.size() + x;
                for (int k = 0; k < c; k++) {
                    v[k] = data[k * plane + at];
                    mean[k] += v[k];
                }
            }
        }
        int cells = rows * cols;
        float[] spread = new float[c];
        for (int k = 0; k < c; k++) {
            mean[k] /= cells;
        }
        for (float[] v : vectors) {
            for (int k = 0; k < c; k++) {
                v[k] -= mean[k];
                spread[k] += v[k] * v[k];
            }
        }
        for (int k = 0; k < c; k++) {
            spread[k] = (float) Math.sqrt(spread[k] / cells) + 1e-6f;
        }
        for (float[] v : vectors) {
            for (int k = 0; k < c; k++) {
                v[k] /= spread[k];
            }
            normalise(v);
        }
        return new FeatureGrid(cols, rows, c, grid.cellSize(), w, h, vectors);
    }

    int cols() {
        return cols;
    }

    int rows() {
        return rows;
    }

    /** Image pixels per cell side. */
    double cellSize() {
        return cell;
    }

    /** The share of each cell that {@code mask} covers, [rows * cols]. */
    float[] coverage(BinaryMask mask) {
        float[] cover = new float[rows * cols];
        float[] size = new float[rows * cols];
        byte[] bits = mask.bits();
        for (int y = 0; y < height; y++) {
            int cy = Math.min(rows - 1, (int) (y / cell));
            for (int x = 0; x < width; x++) {
                int i = cy * cols + Math.min(cols - 1, (int) (x / cell));
                size[i]++;
                if (bits[y * width + x] != 0) {
                    cover[i]++;
                }
            }
        }
        for (int i = 0; i < cover.length; i++) {
            cover[i] = size[i] == 0 ? 0 : cover[i] / size[i];
        }
        return cover;
    }

    /** The descriptor of the cells {@code mask} mostly covers (its best-covered cells when it is small); null when empty. */
    float[] descriptor(BinaryMask mask) {
        return descriptor(coverage(mask));
    }

    float[] descriptor(float[] coverage) {
        float[] sum = new float[channels];
        double best = 0;
        for (float c : coverage) {
            best = Math.max(best, c);
        }
        if (best == 0) {
            return null;
        }
        double threshold = Math.min(COVERED, best * 0.99);
        for (int i = 0; i < coverage.length; i++) {
            if (coverage[i] >= threshold) {
                float[] v = vectors[i];
                for (int k = 0; k < channels; k++) {
                    sum[k] += v[k];
                }
            }
        }
        return normalise(sum);
    }

    /**
     * The descriptor of the cells {@code mask} covers at least half of; null when it covers none that much (a thin
     * sliver along another region's edge, whose cells mostly show that region).
     */
    float[] strictDescriptor(BinaryMask mask) {
        float[] coverage = coverage(mask);
        float[] sum = new float[channels];
        boolean any = false;
        for (int i = 0; i < coverage.length; i++) {
            if (coverage[i] >= COVERED) {
                any = true;
                for (int k = 0; k < channels; k++) {
                    sum[k] += vectors[i][k];
                }
            }
        }
        return any ? normalise(sum) : null;
    }

    /** The descriptor of the cells in the ring around {@code mask}: what surrounds the object here. */
    float[] surroundings(float[] coverage, int[] bounds, double margin) {
        int x0 = Math.max(0, (int) ((bounds[0] - margin) / cell));
        int y0 = Math.max(0, (int) ((bounds[1] - margin) / cell));
        int x1 = Math.min(cols - 1, (int) ((bounds[2] + margin) / cell));
        int y1 = Math.min(rows - 1, (int) ((bounds[3] + margin) / cell));
        float[] ring = new float[rows * cols];
        boolean any = false;
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if (coverage[y * cols + x] == 0) {
                    ring[y * cols + x] = 1;
                    any = true;
                }
            }
        }
        return any ? descriptor(ring) : null;
    }

    /** The cosine of each cell with {@code descriptor}, [rows * cols]. */
    float[] similarity(float[] descriptor) {
        float[] out = new float[rows * cols];
        for (int i = 0; i < out.length; i++) {
            out[i] = dot(vectors[i], descriptor);
        }
        return out;
    }

    /** The pixels of the cells whose {@code values} are at least {@code threshold}, grown by {@code grow} pixels. */
    BinaryMask cellsAbove(float[] values, double threshold, int grow) {
        byte[] bits = new byte[width * height];
        for (int y = 0; y < height; y++) {
            int cy = Math.min(rows - 1, (int) (y / cell));
            for (int x = 0; x < width; x++) {
                if (values[cy * cols + Math.min(cols - 1, (int) (x / cell))] >= threshold) {
                    bits[y * width + x] = 1;
                }
            }
        }
        return MaskOps.dilate(new BinaryMask(width, height, bits), grow);
    }

    /** The index of the cell under image pixel (x, y). */
    int cellAt(double x, double y) {
        int cx = (int) Math.max(0, Math.min(cols - 1, x / cell));
        int cy = (int) Math.max(0, Math.min(rows - 1, y / cell));
        return cy * cols + cx;
    }

    /** The cosine of the cell under image pixel (x, y) with {@code descriptor}. */
    float similarityAt(double x, double y, float[] descriptor) {
        return dot(vectors[cellAt(x, y)], descriptor);
    }

    static float dot(float[] a, float[] b) {
        float s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    static float[] normalise(float[] v) {
        double n = 0;
        for (float f : v) {
            n += f * f;
        }
        n = Math.sqrt(n);
        if (n > 0) {
            for (int k = 0; k < v.length; k++) {
                v[k] /= n;
            }
        }
        return v;
    }
}
