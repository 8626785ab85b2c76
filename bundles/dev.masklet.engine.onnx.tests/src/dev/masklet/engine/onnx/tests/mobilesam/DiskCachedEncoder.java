package dev.masklet.engine.onnx.tests.mobilesam;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import dev.masklet.engine.onnx.internal.MobileSamEngine;

/**
 * For tuning the tracker only: keeps MobileSAM's encoder outputs on disk, keyed by the frame's pixels, so that a
 * re-run of the evaluation after a change to the propagation heuristics runs the decoder alone. Embeddings of
 * another engine than MobileSAM's ({@link MobileSamEngine.Embedding}) are passed through uncached.
 */
public final class DiskCachedEncoder implements SegmentationEngine {
    private final SegmentationEngine engine;
    private final Path folder;
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
        if (!disabled && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(
                    new java.io.BufferedInputStream(in, 1 << 20))) {
                int w = data.readInt();
                int h = data.readInt();
                float[] values = new float[data.readInt()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = data.readFloat();
                }
                return new MobileSamEngine.Embedding(w, h, values);
            } catch (IOException e) {
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
        if (!(embedding instanceof MobileSamEngine.Embedding mobileSam)) {
            disabled = true;
            return;
        }
        try {
            float[] values = mobileSam.data();
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); DataOutputStream data = new DataOutputStream(
                    new java.io.BufferedOutputStream(out, 1 << 20))) {
                data.writeInt(mobileSam.imageWidth());
                data.writeInt(mobileSam.imageHeight());
                data.writeInt(values.length);
                for (float v : values) {
                    data.writeFloat(v);
                }
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
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
