package dev.masklet.geometry;

/**
 * A rectangle of any orientation, as OpenCV's {@code minAreaRect} returns it: centre, side lengths and the angle in
 * degrees by which the side of length {@code width} is turned clockwise (y down) from the x axis. The same rectangle
 * has several descriptions (swap the sides and add 90 degrees); {@link #corners()} is the same for all of them.
 * Coordinates are pixel centres (see the package comment).
 */
public record RotatedBox(double centerX, double centerY, double width, double height, double angle) {
    /** The four corners {@code x0, y0, ..., x3, y3}, in order around the rectangle. */
    public double[] corners() {
        double rad = Math.toRadians(angle);
        double cos = Math.cos(rad);
        double sin = Math.sin(rad);
        double wx = cos * width / 2;
        double wy = sin * width / 2;
        double hx = -sin * height / 2;
        double hy = cos * height / 2;
        return new double[] {
            centerX - wx - hx, centerY - wy - hy,
            centerX + wx - hx, centerY + wy - hy,
            centerX + wx + hx, centerY + wy + hy,
            centerX - wx + hx, centerY - wy + hy};
    }

    public double area() {
        return width * height;
    }
}
