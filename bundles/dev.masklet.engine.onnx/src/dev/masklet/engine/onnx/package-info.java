/**
 * The engine on ONNX Runtime as a library, without OSGi: {@link dev.masklet.engine.onnx.MaskletEngines} opens the
 * default model (MobileSAM) or an installed SAM 2 model and returns the same engines the workbench gets as
 * services. Used by the Spark batch job ({@code batch/}); inside OSGi, use the services instead.
 */
package dev.masklet.engine.onnx;
