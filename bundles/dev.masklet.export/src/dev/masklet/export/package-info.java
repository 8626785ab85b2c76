/**
 * Masklet's dataset export API: write an {@link dev.masklet.core.model.AnnotationProject} in a dataset format, and
 * read datasets back.
 *
 * <h2>Running an export</h2>
 * <pre>
 * ExporterDescriptor coco = ExporterRegistry.fromPlatform().find("coco").orElseThrow();
 * ExportRequest request = new ExportRequest(project, frames, Path.of("out"),
 *         ExportOptions.builder().range(FrameRange.parseZeroBased("0:99")).includeImages(true).build());
 * ExportResult result = coco.create().export(request, ExportMonitor.NONE);
 * result.warnings().forEach(System.err::println);
 * </pre>
 *
 * <h2>Writing an exporter plug-in</h2>
 * Implement {@link dev.masklet.export.Exporter} (public constructor without arguments) and contribute it to the
 * extension point {@value dev.masklet.export.ExporterRegistry#EXTENSION_POINT} (schema
 * {@code schema/exporters.exsd}) with an id, a name, a description, the output kind ({@code folder} or
 * {@code file}) and the class. The exporter reads the project from the {@link dev.masklet.export.ExportRequest},
 * exports the frames of {@link dev.masklet.export.ExportRequest#selectedFrames()}, reports progress to the
 * {@link dev.masklet.export.ExportMonitor} and stops with {@link dev.masklet.export.ExportCanceledException} when it
 * is canceled, and returns the files written and its warnings in an {@link dev.masklet.export.ExportResult}.
 * {@link dev.masklet.export.LabelCategories} numbers the labels as every Masklet format does,
 * {@link dev.masklet.export.FrameFiles} names and writes frame images, and the package {@code dev.masklet.geometry}
 * turns masks into polygons and boxes. Bundle {@code dev.masklet.export.sample.csv} is a complete example.
 *
 * <h2>Conventions of the built-in formats</h2>
 * Frames are 0-based; files are named {@code frame_000123} after the frame (MOT and MOTS number the frames of the
 * exported range from 1, as MOTChallenge does). Categories are the distinct labels numbered from 1 in track-id order.
 * An object split into several visible parts stays one object (several polygons, one RLE). Empty masks and parts too
 * thin for a polygon are left out with a warning, never an error. Labels keep spaces, quotes and non-ASCII letters.
 *
 * <p>Everything in {@code dev.masklet.export.internal} is internal and may change.
 */
package dev.masklet.export;
