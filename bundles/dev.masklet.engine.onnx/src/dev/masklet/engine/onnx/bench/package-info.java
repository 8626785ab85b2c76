/**
 * The engine benchmark behind {@code masklet-cli bench-engine}: the segmentation engine against raw ONNX Runtime
 * on the same model files (see BENCHMARKS.md).
 */
package dev.masklet.engine.onnx.bench;
