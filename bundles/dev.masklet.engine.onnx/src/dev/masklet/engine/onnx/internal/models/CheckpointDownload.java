package dev.masklet.engine.onnx.internal.models;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;

import dev.masklet.engine.EngineException;
import dev.masklet.engine.InstallListener;

/**
 * Fetches a checkpoint's files ({@link CheckpointSource}) into {@code <models>/.<name>.checkpoint/} with the one
 * {@link HttpFileDownloader}: a file is downloaded into {@code FILE.part} (resumed with HTTP Range after a dropped
 * connection, a cancel or a new install), checked against the size and sha256 the descriptor gives, and only then
 * takes its real name. A file that is not the described one is deleted, so the next try fetches it again.
 */
final class CheckpointDownload {
    private final Path folder;
    private final HttpFileDownloader downloader;

    CheckpointDownload(Path folder, HttpFileDownloader downloader) {
        this.folder = folder;
        this.downloader = downloader;
    }

    static Path folder(Path root, String name) {
        return root.resolve("." + name + ".checkpoint");
    }

    /** @return the folder holding every file of the checkpoint */
    Path fetch(CheckpointSource source, InstallListener listener, BooleanSupplier cancelled)
            throws EngineException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new EngineException("cannot create " + folder + " (" + e.getMessage() + ")", e);
        }
        for (ModelDescriptor.FileEntry f : source.files()) {
            Path target = folder.resolve(f.name());
            if (Files.isRegularFile(target)) {
                listener.note(f.name() + " already downloaded and verified");
                continue;
            }
            URI from = ModelInstaller.child(source.address(), f.name());
            if (!"http".equalsIgnoreCase(from.getScheme()) && !"https".equalsIgnoreCase(from.getScheme())) {
                throw new EngineException("cannot fetch " + f.name() + " from " + from
                        + ": a checkpoint is downloaded with http or https");
            }
            Path part = folder.resolve(f.name() + ".part");
            downloader.download(from, part, f.bytes(), f.name(), listener, cancelled);
            verify(part, f, from);
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new EngineException("cannot keep " + part + " (" + e.getMessage() + ")", e);
            }
        }
        return folder;
    }

    private static void verify(Path part, ModelDescriptor.FileEntry f, URI from) throws EngineException {
        try {
            long size = Files.size(part);
            String problem = null;
            if (f.bytes() >= 0 && size != f.bytes()) {
                problem = size + " bytes, expected " + f.bytes();
            } else if (f.sha256() != null) {
                String sha = Sha256.of(part);
                if (!sha.equals(f.sha256())) {
                    problem = "sha256 " + sha + ", expected " + f.sha256();
                }
            }
            if (problem != null) {
                Files.deleteIfExists(part);
                throw new EngineException(f.name() + " from " + from + " is not the described file: " + problem
                        + "; nothing was installed");
            }
        } catch (IOException e) {
            throw new EngineException("cannot verify " + part + " (" + e.getMessage() + ")", e);
        }
    }
}
