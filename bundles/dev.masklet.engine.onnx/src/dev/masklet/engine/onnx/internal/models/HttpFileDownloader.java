package dev.masklet.engine.onnx.internal.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import dev.masklet.engine.EngineCancelledException;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.InstallListener;

/**
 * Downloads one file into a {@code .part} file with {@link HttpClient}, resuming with an HTTP
 * {@code Range} request from what is already on disk: after a dropped connection it retries a few times at once,
 * and a later call (a new install) resumes from the same part file. A server that ignores Range (answers 200) gets
 * the file again from the start. Checksums are the caller's business. A file whose size the descriptor does not give
 * (a checkpoint's {@code config.json}) takes the size the server announces.
 */
final class HttpFileDownloader {
    private static final int BUFFER = 64 * 1024;
    private final HttpClient client;
    private final int attempts;

    /** @param attempts how many connections one call may make before it gives up (at least 1) */
    HttpFileDownloader(int attempts) {
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
        this.attempts = Math.max(1, attempts);
    }

    /**
     * Brings {@code part} to {@code bytes} bytes from {@code uri} ({@code bytes} &lt; 0: as many as the server
     * announces, or sends when it announces none).
     *
     * @throws EngineException naming the file and how far it got when every attempt failed (the part file stays)
     */
    void download(URI uri, Path part, long bytes, String fileName, InstallListener listener,
            BooleanSupplier cancelled) throws EngineException {
        String lastProblem = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            long have = size(part);
            if (bytes >= 0 && have > bytes) { // not the file we want any more: start again
                delete(part);
                have = 0;
            }
            if (bytes >= 0 && have == bytes) {
                return;
            }
            if (attempt > 1 || have > 0) {
                listener.note("resuming " + fileName + " at " + have + (bytes >= 0 ? " of " + bytes : "") + " bytes"
                        + (lastProblem == null ? "" : " (" + lastProblem + ")"));
            }
            try {
                long total = fetchFrom(uri, part, have, bytes, fileName, listener, cancelled);
                if (size(part) == total || total < 0) {
                    return; // complete, or the server gave no length and the body ended normally
                }
                lastProblem = "the connection ended at " + size(part) + " bytes";
            } catch (IOException e) {
                lastProblem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EngineCancelledException("download of " + fileName + " interrupted at " + size(part)
                        + " of " + bytes + " bytes; install again to resume");
            }
        }
        throw new EngineException("download of " + fileName + " from " + uri + " stopped at " + size(part)
                + (bytes >= 0 ? " of " + bytes : "") + " bytes (" + lastProblem
                + "); run the install again to resume it");
    }

    /** @return the file's full size: {@code bytes}, else what the server announced, else -1 */
    private long fetchFrom(URI uri, Path part, long have, long bytes, String fileName, InstallListener listener,
            BooleanSupplier cancelled) throws IOException, InterruptedException, EngineException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            int status = response.statusCode();
            boolean append;
            if (status == 206 && have > 0 && response.headers().firstValue("Content-Range")
                    .map(r -> r.startsWith("bytes " + have + "-")).orElse(false)) {
                append = true;
            } else if (status == 200) {
                append = false; // the whole file again (the server ignores Range, or nothing was there)
            } else if (status == 416 && have > 0) {
                delete(part); // the server's file is shorter than our part: not the same file, fetch it whole
                throw new IOException("the server refused to resume (HTTP 416)");
            } else {
                throw new EngineException("download of " + fileName + " from " + uri + " failed: HTTP " + status);
            }
            long done = append ? have : 0;
            long total = bytes >= 0 ? bytes : announcedSize(response, done);
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buffer = new byte[BUFFER];
                listener.progress(fileName, done, total);
                int n;
                while ((n = body.read(buffer)) >= 0) {
                    if (cancelled.getAsBoolean()) {
                        throw new EngineCancelledException("download of " + fileName + " cancelled at " + done
                                + " of " + bytes + " bytes; install again to resume");
                    }
                    if (bytes >= 0 && done + n > bytes) {
                        throw new EngineException("download of " + fileName + " from " + uri + " is longer than the "
                                + bytes + " bytes the descriptor gives: not the described file");
                    }
                    out.write(buffer, 0, n);
                    done += n;
                    listener.progress(fileName, done, total);
                }
            }
            return total;
        }
    }

    /** The whole file's size from Content-Range (a resumed response) or Content-Length, -1 when neither says. */
    private static long announcedSize(HttpResponse<?> response, long offset) {
        try {
            String range = response.headers().firstValue("Content-Range").orElse("");
            int slash = range.lastIndexOf('/');
            if (response.statusCode() == 206 && slash > 0 && !range.endsWith("*")) {
                return Long.parseLong(range.substring(slash + 1).strip());
            }
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            return length < 0 ? -1 : offset + length;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next write truncates it anyway
        }
    }
}
