package dev.masklet.geometry;

/**
 * An axis-aligned pixel box: the pixels {@code x .. x + width - 1} by {@code y .. y + height - 1}. In continuous
 * coordinates (pixel {@code i} covering {@code [i, i + 1)}) it is the rectangle from {@code (x, y)} to
 * {@code (x + width, y + height)}, which is how COCO, YOLO and MOT measure boxes.
 */
public record Box(int x, int y, int width, int height) {
    public Box {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("box size must be positive: " + width + "x" + height);
        }
    }

    /** Last pixel column inside the box. */
    public int maxX() {
        return x + width - 1;
    }

    /** Last pixel row inside the box. */
    public int maxY() {
        return y + height - 1;
    }

    public double centerX() {
        return x + width / 2.0;
    }

    public double centerY() {
        return y + height / 2.0;
    }
}
