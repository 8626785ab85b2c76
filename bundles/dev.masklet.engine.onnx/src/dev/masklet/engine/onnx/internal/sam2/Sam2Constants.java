package dev.masklet.engine.onnx.internal.sam2;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The learned vectors the host applies itself ({@code constants.bin}, indexed by {@code constants.json["arrays"]})
 * and the algorithm's configuration ({@code constants.json["config"]}).
 */
public final class Sam2Constants {
    static final String JSON_FILE = "constants.json";
    static final String BIN_FILE = "constants.bin";

    private final Sam2Config config;
    /** [hiddenDim]: added to the raw backbone feature on frames that have no memory yet. */
    private final float[] noMemoryEmbedding;
    /** [numMaskmem * memDim], row-major: temporal encoding per memory slot. */
    private final float[] memoryTemporalEncoding;
    private final float[] imageMean;
    private final float[] imageStd;
    private final int memoryAttentionHeads;

    private Sam2Constants(Sam2Config config, float[] noMemoryEmbedding, float[] memoryTemporalEncoding,
            float[] imageMean, float[] imageStd, int memoryAttentionHeads) {
        this.memoryAttentionHeads = memoryAttentionHeads;
        this.config = config;
        this.noMemoryEmbedding = noMemoryEmbedding;
        this.memoryTemporalEncoding = memoryTemporalEncoding;
        this.imageMean = imageMean;
        this.imageStd = imageStd;
    }

    public static Sam2Constants load(Path modelDir) {
        JsonObject root = readJson(modelDir.resolve(JSON_FILE));
        ByteBuffer bin = readBin(modelDir.resolve(BIN_FILE));
        JsonObject config = root.getAsJsonObject("config");
        JsonObject arrays = root.getAsJsonObject("arrays");
        if (config == null || arrays == null) {
            throw new Sam2Exception(JSON_FILE + " in " + modelDir + " lacks its \"config\" or \"arrays\" section");
        }
        Sam2Config cfg = Sam2Config.fromJson(config);
        return new Sam2Constants(cfg,
                array(arrays, bin, "no_memory_embedding", cfg.hiddenDim()),
                array(arrays, bin, "memory_temporal_positional_encoding", cfg.numMaskmem(), cfg.memDim()),
                array(arrays, bin, "image_mean", 3),
                array(arrays, bin, "image_std", 3),
                memoryAttentionHeads(root));
    }

    /**
     * Attention heads of the memory attention, which the fused-attention rewrite needs: the converter records the
     * checkpoint's transformers configuration under {@code provenance.config}; SAM 2.1 uses 1 head in every size,
     * which is also transformers' default when the key is absent.
     */
    private static int memoryAttentionHeads(JsonObject root) {
        JsonElement provenance = root.get("provenance");
        if (provenance != null && provenance.isJsonObject()
                && provenance.getAsJsonObject().get("config") instanceof JsonObject hf
                && hf.get("memory_attention_num_attention_heads") instanceof JsonElement heads
                && heads.isJsonPrimitive()) {
            return heads.getAsInt();
        }
        return 1;
    }

    /** Heads of the memory attention's self- and cross-attention blocks. */
    public int memoryAttentionHeads() {
        return memoryAttentionHeads;
    }

    public Sam2Config config() {
        return config;
    }

    float noMemoryEmbedding(int channel) {
        return noMemoryEmbedding[channel];
    }

    /** Element {@code d} of the temporal encoding of memory slot {@code slot} (0 .. numMaskmem-1). */
    float memoryTemporalEncoding(int slot, int d) {
        return memoryTemporalEncoding[slot * config.memDim() + d];
    }

    float imageMean(int channel) {
        return imageMean[channel];
    }

    float imageStd(int channel) {
        return imageStd[channel];
    }

    private static JsonObject readJson(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement root = JsonParser.parseReader(reader);
            if (!root.isJsonObject()) {
                throw new Sam2Exception(file + " is not a JSON object");
            }
            return root.getAsJsonObject();
        } catch (NoSuchFileException e) {
            throw new Sam2Exception(file.getFileName() + " not found in " + file.getParent(), e);
        } catch (IOException | JsonParseException e) {
            throw new Sam2Exception("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static ByteBuffer readBin(Path file) {
        try {
            return ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        } catch (NoSuchFileException e) {
            throw new Sam2Exception(file.getFileName() + " not found in " + file.getParent(), e);
        } catch (IOException e) {
            throw new Sam2Exception("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static float[] array(JsonObject arrays, ByteBuffer bin, String name, int... shape) {
        JsonObject entry = arrays.getAsJsonObject(name);
        if (entry == null) {
            throw new Sam2Exception(JSON_FILE + ": array \"" + name + "\" is missing");
        }
        int[] actualShape = new int[entry.getAsJsonArray("shape").size()];
        for (int i = 0; i < actualShape.length; i++) {
            actualShape[i] = entry.getAsJsonArray("shape").get(i).getAsInt();
        }
        if (!Arrays.equals(actualShape, shape) || !"float32".equals(entry.get("dtype").getAsString())) {
            throw new Sam2Exception(JSON_FILE + ": array \"" + name + "\" is " + entry.get("dtype").getAsString()
                    + Arrays.toString(actualShape) + ", the host needs float32" + Arrays.toString(shape));
        }
        long offset = entry.get("offset").getAsLong();
        int count = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        if (offset < 0 || offset + 4L * count > bin.capacity()) {
            throw new Sam2Exception(BIN_FILE + " is too short for array \"" + name + "\" (" + bin.capacity()
                    + " bytes, needs " + (offset + 4L * count) + ")");
        }
        float[] values = new float[count];
        bin.slice((int) offset, 4 * count).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}
