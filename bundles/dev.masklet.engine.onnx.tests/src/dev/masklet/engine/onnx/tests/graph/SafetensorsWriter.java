package dev.masklet.engine.onnx.tests.graph;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Writes safetensors files for tests (what transformers' save_pretrained writes): F32, F16 or BF16 tensors. */
public final class SafetensorsWriter {
    /** One tensor to write: values, shape, dtype ({@code F32}, {@code F16}, {@code BF16}). */
    public record Tensor(float[] values, long[] shape, String dtype) {
    }

    private SafetensorsWriter() {
    }

    public static void write(Path file, Map<String, Tensor> tensors) throws IOException {
        JsonObject header = new JsonObject();
        long offset = 0;
        for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
            Tensor t = e.getValue();
            long bytes = (long) t.values.length * (t.dtype.equals("F32") ? 4 : 2);
            JsonObject entry = new JsonObject();
            entry.addProperty("dtype", t.dtype);
            JsonArray shape = new JsonArray();
            for (long d : t.shape) {
                shape.add(d);
            }
            entry.add("shape", shape);
            JsonArray offsets = new JsonArray();
            offsets.add(offset);
            offsets.add(offset + bytes);
            entry.add("data_offsets", offsets);
            header.add(e.getKey(), entry);
            offset += bytes;
        }
        byte[] json = header.toString().getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(json.length).array());
            out.write(json);
            for (Tensor t : tensors.values()) {
                out.write(encode(t));
            }
        }
    }

    private static byte[] encode(Tensor t) {
        ByteBuffer b = ByteBuffer.allocate(t.values.length * (t.dtype.equals("F32") ? 4 : 2))
                .order(ByteOrder.LITTLE_ENDIAN);
        for (float v : t.values) {
            switch (t.dtype) {
                case "F32" -> b.putFloat(v);
                case "F16" -> b.putShort(Float.floatToFloat16(v));
                default -> b.putShort((short) (Float.floatToIntBits(v) >>> 16)); // BF16 by truncation
            }
        }
        return b.array();
    }
}
