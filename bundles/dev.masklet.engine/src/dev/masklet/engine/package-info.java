/**
 * The engine API: segmentation ({@link dev.masklet.engine.SegmentationEngine},
 * {@link dev.masklet.engine.SegmentationModels}), video tracking ({@link dev.masklet.engine.TrackingEngine} →
 * {@link dev.masklet.engine.TrackingModel} → {@link dev.masklet.engine.TrackingSession}, chosen by
 * {@link dev.masklet.engine.TrackingModelChoice}) and model installation ({@link dev.masklet.engine.ModelManager}),
 * all OSGi services. No ONNX types: the implementations live in {@code dev.masklet.engine.onnx}. Calls that run a
 * model take seconds and must not be made on the UI thread.
 */
package dev.masklet.engine;
