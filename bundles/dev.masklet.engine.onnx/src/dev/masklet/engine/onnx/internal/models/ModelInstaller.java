package dev.masklet.engine.onnx.internal.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import dev.masklet.engine.EngineCancelledException;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.InstallListener;

/**
 * Puts a model's files into {@code <root>/.<name>.staging/}, verifies each against the descriptor, and renames the
 * finished folder to {@code <root>/<name>} in one step, so the models folder never holds a half-installed model.
 * Verified files and partial downloads stay in the staging folder after a failure, so the next install resumes.
 */
final class ModelInstaller {
    static final String DESCRIPTOR = "model.json";
    private final Path root;
    private final HttpFileDownloader downloader;

    ModelInstaller(Path root, HttpFileDownloader downloader) {
        this.root = root;
        this.downloader = downloader;
    }

    static Path stagingFolder(Path root, String name) {
        return root.resolve("." + name + ".staging");
    }

    /** Downloads (http, https) or copies (file) every file of the descriptor from {@code source}. */
    Path install(ModelDescriptor descriptor, String name, URI source, InstallListener listener,
            BooleanSupplier cancelled) throws EngineException {
        Path staging = prepareStaging(name);
        for (ModelDescriptor.FileEntry f : descriptor.files()) {
            Path target = staging.resolve(f.name());
            if (alreadyVerified(target, f)) {
                listener.note(f.name() + " already fetched and verified");
                continue;
            }
            Path part = staging.resolve(f.name() + ".part");
            URI from = f.url() != null ? URI.create(f.url()) : child(source, f.name());
            if ("file".equalsIgnoreCase(from.getScheme())) {
                copy(Path.of(from), part, f, listener, cancelled);
            } else if ("http".equalsIgnoreCase(from.getScheme()) || "https".equalsIgnoreCase(from.getScheme())) {
                downloader.download(from, part, f.bytes(), f.name(), listener, cancelled);
            } else {
                throw new EngineException("cannot fetch " + f.name() + " from " + from
                        + ": only http, https and local folders are supported");
            }
            verifyAndKeep(part, target, f, from.toString());
        }
        writeDescriptor(staging, descriptor);
        return commit(staging, name);
    }

    /** Copies a local model folder: every listed file must be there; the copies are verified. */
    Path importFolder(ModelDescriptor descriptor, Path folder, String name, InstallListener listener,
            BooleanSupplier cancelled) throws EngineException {
        for (ModelDescriptor.FileEntry f : descriptor.files()) {
            if (!Files.isRegularFile(folder.resolve(f.name()))) {
                throw new EngineException("cannot import from " + folder + ": " + f.name()
                        + " is missing there (model.json lists it); nothing was installed");
            }
        }
        Path staging = prepareStaging(name);
        try {
            for (ModelDescriptor.FileEntry f : descriptor.files()) {
                Path part = staging.resolve(f.name() + ".part");
                Path source = folder.resolve(f.name());
                copy(source, part, f, listener, cancelled);
                verifyAndKeep(part, staging.resolve(f.name()), f, source.toString());
            }
            writeDescriptor(staging, descriptor);
        } catch (EngineException e) {
            deleteTree(staging); // a local copy has nothing worth resuming
            throw e;
        }
        return commit(staging, name);
    }

    private Path prepareStaging(String name) throws EngineException {
        Path staging = stagingFolder(root, name);
        try {
            Files.createDirectories(staging);
            return staging;
        } catch (IOException e) {
            throw new EngineException("cannot create " + staging + " (" + e.getMessage() + ")", e);
        }
    }

    private static boolean alreadyVerified(Path file, ModelDescriptor.FileEntry f) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == f.bytes() && Sha256.of(file).equals(f.sha256());
        } catch (IOException e) {
            return false;
        }
    }

    private static void copy(Path source, Path part, ModelDescriptor.FileEntry f, InstallListener listener,
            BooleanSupplier cancelled) throws EngineException {
        if (!Files.isRegularFile(source)) {
            throw new EngineException(f.name() + " is missing at " + source + "; nothing was installed");
        }
        try (InputStream in = Files.newInputStream(source); OutputStream out = Files.newOutputStream(part)) {
            byte[] buffer = new byte[1 << 16];
            long done = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (cancelled.getAsBoolean()) {
                    throw new EngineCancelledException("import of " + f.name() + " cancelled; nothing was installed");
                }
                out.write(buffer, 0, n);
                done += n;
                listener.progress(f.name(), done, f.bytes());
            }
        } catch (IOException e) {
            throw new EngineException("cannot copy " + source + " (" + e.getMessage() + "); nothing was installed",
                    e);
        }
    }

    /** Checks size and sha256 of a fetched file and gives it its real name; a wrong file is deleted. */
    private static void verifyAndKeep(Path part, Path target, ModelDescriptor.FileEntry f, String from)
            throws EngineException {
        try {
            long size = Files.size(part);
            String sha = size == f.bytes() ? Sha256.of(part) : null;
            if (size != f.bytes() || !f.sha256().equals(sha)) {
                Files.deleteIfExists(part);
                throw new EngineException(f.name() + " from " + from + " is not the described file: "
                        + (sha == null ? size + " bytes, expected " + f.bytes()
                                : "sha256 " + sha + ", expected " + f.sha256())
                        + "; nothing was installed");
            }
            move(part, target);
        } catch (IOException e) {
            throw new EngineException("cannot verify " + part + " (" + e.getMessage() + ")", e);
        }
    }

    private static void writeDescriptor(Path staging, ModelDescriptor descriptor) throws EngineException {
        Path tmp = staging.resolve(DESCRIPTOR + ".part");
        try {
            Files.writeString(tmp, descriptor.text(), StandardCharsets.UTF_8);
            move(tmp, staging.resolve(DESCRIPTOR));
        } catch (IOException e) {
            throw new EngineException("cannot write " + staging.resolve(DESCRIPTOR) + " (" + e.getMessage() + ")",
                    e);
        }
    }

    /** Installs a staging folder another builder filled (see {@link CheckpointInstaller}). */
    Path commitStaged(Path staging, String name) throws EngineException {
        return commit(staging, name);
    }

    /** Replaces {@code <root>/<name>} by the staging folder; an older installation is moved aside, then deleted. */
    private Path commit(Path staging, String name) throws EngineException {
        Path dest = root.resolve(name);
        Path old = root.resolve("." + name + ".old-" + System.nanoTime());
        try {
            if (Files.exists(dest)) {
                move(dest, old);
            }
            move(staging, dest);
        } catch (IOException e) {
            throw new EngineException("cannot move the verified model into " + dest + " (" + e.getMessage() + ")",
                    e);
        }
        deleteTree(old);
        return dest;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static URI child(URI folder, String fileName) throws EngineException {
        String s = folder.toString();
        try {
            URI base = new URI(s.endsWith("/") ? s : s + "/");
            return base.resolve(new URI(null, null, fileName, null));
        } catch (URISyntaxException e) {
            throw new EngineException("not a usable address: " + folder + " (" + e.getMessage() + ")", e);
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(ModelInstaller::delete);
        } catch (IOException e) {
            // leftovers of an old installation are hidden (dot name) and harmless
        }
    }

    private static void delete(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // see deleteTree
        }
    }
}
