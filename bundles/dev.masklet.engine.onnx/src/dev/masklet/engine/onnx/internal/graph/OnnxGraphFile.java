package dev.masklet.engine.onnx.internal.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.protobuf.InvalidProtocolBufferException;

import dev.masklet.engine.onnx.internal.graph.proto.OnnxProtos.ModelProto;

/** Loads and saves ONNX model files (single file, no external data) through ONNX's own protobuf schema. */
public final class OnnxGraphFile {
    private OnnxGraphFile() {
    }

    /** Reads a model; a file that is not an ONNX model gives an {@link IOException} naming it. */
    public static ModelProto read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ModelProto model = ModelProto.parseFrom(in);
            if (!model.hasGraph()) {
                throw new IOException(file + " is not an ONNX model (it has no graph)");
            }
            return model;
        } catch (InvalidProtocolBufferException e) {
            throw new IOException(file + " is not an ONNX model or is damaged (" + e.getMessage() + ")", e);
        }
    }

    public static ModelProto read(byte[] bytes) throws InvalidProtocolBufferException {
        return ModelProto.parseFrom(bytes);
    }
}
