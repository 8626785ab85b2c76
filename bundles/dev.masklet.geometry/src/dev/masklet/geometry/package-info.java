/**
 * Mask geometry for dataset formats: binary masks to polygons with holes and back, axis-aligned and rotated boxes,
 * resizing of masks and images. Computed with OpenCV (contour following, Douglas-Peucker simplification, minimum
 * area rectangles, polygon filling, resampling); callers see only Masklet's own types.
 *
 * <h2>Coordinates</h2>
 * Polygon vertices are in pixels of the mask, {@code x} to the right and {@code y} down; the integer point
 * {@code (x, y)} is the centre of pixel {@code (x, y)}. {@link MaskGeometry#polygons} returns the centres of the
 * object's boundary pixels (as OpenCV's {@code findContours} does, and as CVAT and X-AnyLabeling export them), and
 * {@link MaskGeometry#rasterize} fills every pixel whose centre is inside the polygon and every pixel its edges pass
 * through (as OpenCV's {@code fillPoly} draws them; fractional vertices thus act as if rounded to the nearest pixel),
 * so that a mask survives {@code polygons} followed by {@code rasterize} unchanged when the fineness is 0.
 *
 * <h2>Threads</h2>
 * Every method is static and safe to call from several threads; native memory is released before it returns.
 */
package dev.masklet.geometry;
