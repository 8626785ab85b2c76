/**
 * Reading, rewriting and writing ONNX graphs as data (not running them): the classes generated from ONNX's
 * {@code onnx.proto} live in the private {@code graph.proto} package; this package is the small API over them.
 */
package dev.masklet.engine.onnx.internal.graph;
