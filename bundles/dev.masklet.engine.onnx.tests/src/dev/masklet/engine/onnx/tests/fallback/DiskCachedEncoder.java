package dev.masklet.engine.onnx.tests.fallback;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.ImageEmbedding;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;

/**
 * For tuning the tracker only: keeps MobileSAM's encoder outputs on disk, keyed by the frame's pixels, so that a
 * re-run of the evaluation after a change to the propagation heuristics runs the decoder alone. The engine's
 * embedding is a private record (width, height, float[] data); it is read and rebuilt by reflection, which is fine
 * for a harness and would be wrong anywhere else. If the record changes shape, the cache turns itself off.
 */
public final class DiskCachedEncoder implements SegmentationEngine {
    private final SegmentationEngine engine;
    private final Path folder;
    private Constructor<?> rebuild;
    private boolean disabled;

    public DiskCachedEncoder(SegmentationEngine engine, Path folder) throws IOException {
        this.engine = engine;
        this.folder = Files.createDirectories(folder);
    }

    @Override
    public String modelName() {
        return engine.modelName();
    }

    @Override
    public void ensureReady() throws EngineException {
        engine.ensureReady();
    }

    @Override
    public ImageEmbedding encode(RgbImage image) throws EngineException {
        Path file = folder.resolve(key(image) + ".emb");
        if (!disabled && rebuild != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(
                    new java.io.BufferedInputStream(in, 1 << 20))) {
                int w = data.readInt();
                int h = data.readInt();
                float[] values = new float[data.readInt()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = data.readFloat();
                }
                return (ImageEmbedding) rebuild.newInstance(w, h, values);
            } catch (ReflectiveOperationException | IOException e) {
                disabled = true;
            }
        }
        ImageEmbedding embedding = engine.encode(image);
        if (!disabled) {
            store(embedding, file);
        }
        return embedding;
    }

    private void store(ImageEmbedding embedding, Path file) {
        try {
            RecordComponent[] parts = embedding.getClass().getRecordComponents();
            if (parts == null || parts.length != 3 || parts[2].getType() != float[].class) {
                disabled = true;
                return;
            }
            if (rebuild == null) {
                rebuild = embedding.getClass().getDeclaredConstructor(int.class, int.class, float[].class);
                rebuild.setAccessible(true);
            }
            for (RecordComponent p : parts) {
                p.getAccessor().setAccessible(true);
            }
            float[] values = (float[]) parts[2].getAccessor().invoke(embedding);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); DataOutputStream data = new DataOutputStream(
                    new java.io.BufferedOutputStream(out, 1 << 20))) {
                data.writeInt((int) parts[0].getAccessor().invoke(embedding));
                data.writeInt((int) parts[1].getAccessor().invoke(embedding));
                data.writeInt(values.length);
                for (float v : values) {
                    data.writeFloat(v);
                }
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (ReflectiveOperationException | IOException | RuntimeException e) {
            disabled = true;
        }
    }

    @Override
    public MaskPrediction predict(ImageEmbedding embedding, Prompt prompt) throws EngineException {
        return engine.predict(embedding, prompt);
    }

    private static String key(RgbImage image) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(image.rgb());
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
