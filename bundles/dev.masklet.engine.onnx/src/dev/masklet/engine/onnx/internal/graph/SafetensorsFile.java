package dev.masklet.engine.onnx.internal.graph;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A {@code .safetensors} checkpoint (the format transformers' {@code save_pretrained} writes): an 8-byte little-endian
 * header length, a JSON header naming each tensor's dtype, shape and byte range, then the data. The whole header is
 * checked when the file is opened (every range inside the file, sizes matching shape × dtype), so a truncated or
 * damaged file is refused before anything is built from it. Tensors are read as float32: F32 as is, F16 and BF16
 * widened exactly.
 */
public final class SafetensorsFile implements AutoCloseable {
    /** One tensor's header entry. */
    public record Entry(String name, String dtype, long[] shape, long begin, long end) {
        public long elements() {
            return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        }
    }

    private static final Map<String, Integer> BYTES_PER_ELEMENT = Map.of("F32", 4, "F16", 2, "BF16", 2);
    private static final long MAX_HEADER = 100L << 20;
    private final Path file;
    private final FileChannel channel;
    private final long dataStart;
    private final Map<String, Entry> entries;

    private SafetensorsFile(Path file, FileChannel channel, long dataStart, Map<String, Entry> entries) {
        this.file = file;
        this.channel = channel;
        this.dataStart = dataStart;
        this.entries = entries;
    }

    public static SafetensorsFile open(Path file) throws CheckpointException {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
            long size = channel.size();
            ByteBuffer lengthBytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            if (size < 8 || channel.read(lengthBytes, 0) != 8) {
                throw damaged(file, "it is shorter than its 8-byte header length");
            }
            long headerLength = lengthBytes.flip().getLong();
            if (headerLength <= 0 || headerLength > MAX_HEADER || 8 + headerLength > size) {
                throw damaged(file, "its header length " + headerLength + " does not fit the file (" + size
                        + " bytes): truncated or not a safetensors file");
            }
            ByteBuffer header = ByteBuffer.allocate((int) headerLength);
            channel.read(header, 8);
            Map<String, Entry> entries = parseHeader(file, new String(header.array(), StandardCharsets.UTF_8),
                    size - 8 - headerLength);
            return new SafetensorsFile(file, channel, 8 + headerLength, entries);
        } catch (IOException e) {
            close(channel);
            throw new CheckpointException("cannot read " + file + " (" + e.getMessage() + ")", e);
        } catch (CheckpointException e) {
            close(channel);
            throw e;
        }
    }

    private static Map<String, Entry> parseHeader(Path file, String json, long dataBytes) throws CheckpointException {
        JsonObject root;
        try {
            root = JsonParser.parseString(json).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw damaged(file, "its header is not valid JSON");
        }
        Map<String, Entry> entries = new TreeMap<>();
        for (Map.Entry<String, JsonElement> e : root.entrySet()) {
            if (e.getKey().equals("__metadata__")) {
                continue;
            }
            String name = e.getKey();
            try {
                JsonObject t = e.getValue().getAsJsonObject();
                String dtype = t.get("dtype").getAsString();
                JsonArray dims = t.getAsJsonArray("shape");
                long[] shape = new long[dims.size()];
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = dims.get(i).getAsLong();
                }
                JsonArray offsets = t.getAsJsonArray("data_offsets");
                Entry entry = new Entry(name, dtype, shape, offsets.get(0).getAsLong(), offsets.get(1).getAsLong());
                Integer width = BYTES_PER_ELEMENT.get(dtype);
                if (width == null) {
                    throw new CheckpointException(file + ": tensor " + name + " has dtype " + dtype
                            + "; only F32, F16 and BF16 are supported");
                }
                if (entry.begin < 0 || entry.end > dataBytes || entry.end - entry.begin != entry.elements() * width) {
                    throw damaged(file, "tensor " + name + " has bytes " + entry.begin + ".." + entry.end
                            + " where its shape " + Arrays.toString(shape) + " needs " + entry.elements() * width
                            + " within " + dataBytes + " bytes of data");
                }
                entries.put(name, entry);
            } catch (RuntimeException bad) {
                throw damaged(file, "the header entry of tensor " + name + " is malformed");
            }
        }
        return Collections.unmodifiableMap(entries);
    }

    public Path file() {
        return file;
    }

    /** Every tensor by name (sorted). */
    public Map<String, Entry> entries() {
        return entries;
    }

    /** The tensor's values as float32 (F16 and BF16 widened exactly). */
    public float[] readFloats(Entry entry) throws CheckpointException {
        int count = Math.toIntExact(entry.elements());
        ByteBuffer bytes = ByteBuffer.allocate(Math.toIntExact(entry.end - entry.begin)).order(ByteOrder.LITTLE_ENDIAN);
        try {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, dataStart + entry.begin + bytes.position()) < 0) {
                    throw damaged(file, "it ends inside tensor " + entry.name);
                }
            }
        } catch (IOException e) {
            throw new CheckpointException("cannot read tensor " + entry.name + " of " + file + " (" + e.getMessage()
                    + ")", e);
        }
        bytes.flip();
        float[] out = new float[count];
        switch (entry.dtype) {
            case "F32" -> bytes.asFloatBuffer().get(out);
            case "BF16" -> {
                for (int i = 0; i < count; i++) {
                    out[i] = Float.intBitsToFloat((bytes.getShort() & 0xffff) << 16);
                }
            }
            default -> { // F16
                for (int i = 0; i < count; i++) {
                    out[i] = Float.float16ToFloat(bytes.getShort());
                }
            }
        }
        return out;
    }

    private static CheckpointException damaged(Path file, String why) {
        return new CheckpointException(file + " is damaged: " + why);
    }

    private static void close(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing more to do
        }
    }

    @Override
    public void close() {
        close(channel);
    }
}
