package dev.masklet.core.model;

/** A point in image pixel coordinates (x to the right, y down; integers are pixel centres, as LabelMe has them). */
public record Point(double x, double y) {
}
