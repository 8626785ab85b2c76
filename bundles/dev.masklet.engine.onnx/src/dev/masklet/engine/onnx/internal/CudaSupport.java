package dev.masklet.engine.onnx.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;

/**
 * Whether ONNX Runtime can use the GPU in this installation, decided once before ONNX Runtime loads.
 *
 * <p>Why this way: the optional "Masklet CUDA support" feature installs the fragment {@value #FRAGMENT} of this
 * bundle, which carries only the Linux natives of ONNX Runtime's CUDA build ({@code onnxruntime_gpu}, the same
 * version as the CPU jar that {@code com.microsoft.onnxruntime} wraps; their Java classes are byte for byte the
 * same). So one bundle exports {@code ai.onnxruntime} whatever is installed, and the CUDA build is chosen by
 * pointing ONNX Runtime's loader at the fragment's folder with the system property {@value #NATIVE_PATH}. ONNX
 * Runtime reads that property when its first class initialises and loads its natives once per process, so
 * {@link #prepare} runs from the bundle activator, before any session; the CUDA provider library itself is loaded
 * only when a session asks for CUDA, which is where missing CUDA libraries show up ({@link #explain}).
 */
public final class CudaSupport {
    /** The fragment that the "Masklet CUDA support" feature installs. */
    public static final String FRAGMENT = "dev.masklet.engine.onnx.cuda";
    /** Where the fragment keeps the natives (the build extracts them there from the onnxruntime_gpu jar). */
    static final String NATIVES = "onnxruntime-cuda/linux-x64";
    static final String NATIVE_PATH = "onnxruntime.native.path";
    /** All in one folder: libonnxruntime.so loads the provider libraries from its own folder. */
    private static final List<String> LIBRARIES = List.of("libonnxruntime.so", "libonnxruntime4j_jni.so",
            "libonnxruntime_providers_shared.so", "libonnxruntime_providers_cuda.so");

    /** The reason given when the feature is not installed; tests and the install check look for it. */
    public static final String NOT_INSTALLED = "CUDA support is not installed";

    private static volatile boolean prepared;
    private static volatile String unavailable;
    private static volatile Path folder;
    private static volatile String failure;

    private CudaSupport() {
    }

    /**
     * Points ONNX Runtime at the CUDA build when the fragment is installed and the device preference is not
     * {@code cpu}; otherwise ONNX Runtime loads its CPU natives as usual. Call before ONNX Runtime is first used.
     *
     * @param host this bundle (its fragments are searched), or null outside OSGi
     * @param device the {@code engine.device} preference at start
     */
    public static synchronized void prepare(Bundle host, String device) {
        prepared = true;
        String userPath = System.getProperty(NATIVE_PATH);
        if (userPath != null && !userPath.isBlank()) {
            // someone chose ONNX Runtime's natives by hand: respect it, CUDA works if those are a CUDA build
            folder = Path.of(userPath);
            unavailable = null;
            return;
        }
        Path found;
        try {
            found = host == null ? null : find(host);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            unavailable = "the CUDA support files could not be read (" + e.getMessage() + ")";
            return;
        }
        if (found == null) {
            unavailable = NOT_INSTALLED;
            return;
        }
        if ("cpu".equals(device)) {
            unavailable = "Masklet was started with the CPU chosen; restart Masklet to use CUDA";
            return;
        }
        System.setProperty(NATIVE_PATH, found.toString());
        folder = found;
        unavailable = null;
    }

    /** @return null when ONNX Runtime runs its CUDA build (the CUDA provider may still fail to load), else why not */
    public static String unavailableReason() {
        if (!prepared) {
            // outside OSGi (the Spark batch job): the class path has the CPU jar unless natives were chosen by hand
            prepare(null, "auto");
        }
        return unavailable;
    }

    /**
     * Why {@code auto} should not even try CUDA: the CUDA libraries are certainly missing, or CUDA already failed in
     * this process (the outcome does not change, and each try makes ONNX Runtime log an error on stderr).
     *
     * @return null when CUDA is worth trying
     */
    public static String skipForAuto() {
        String reason = unavailableReason();
        if (reason != null) {
            return reason;
        }
        if (failure != null) {
            return failure;
        }
        List<String> missing = CudaLibraries.missing();
        return missing.isEmpty() ? null : explain(null);
    }

    /** Remembers why the CUDA provider could not be used, for {@link #skipForAuto()}. */
    public static void failed(String reason) {
        failure = reason;
    }

    /** The folder ONNX Runtime's CUDA build was loaded from, or null. */
    public static Path nativesFolder() {
        return unavailable == null ? folder : null;
    }

    /**
     * A message for people when the CUDA provider could not be used although the CUDA build is loaded: ONNX Runtime
     * only says "Failed to load shared library" and logs the missing file, so the libraries are looked for here.
     *
     * @param ortMessage ONNX Runtime's message
     */
    public static String explain(String ortMessage) {
        List<String> missing = CudaLibraries.missing();
        if (!missing.isEmpty()) {
            return "the NVIDIA driver, CUDA 12 and cuDNN 9 are needed; not found: " + String.join(", ", missing);
        }
        String message = ortMessage == null ? "" : ortMessage.strip();
        int colon = message.lastIndexOf(" : ");
        if (colon >= 0) {
            message = message.substring(colon + 3);
        }
        message = message.replaceFirst("^Error code - \\w+ - message: ", "");
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("no cuda-capable device") || lower.contains("cudaerrornodevice")
                || lower.contains("cuda driver version is insufficient")) {
            return "no usable NVIDIA GPU or driver (" + message + ")";
        }
        return message.isEmpty() ? "the CUDA provider could not be started" : message;
    }

    private static Path find(Bundle host) throws IOException, URISyntaxException {
        if (!"linux".equals(os()) || !isX64()) {
            return null;
        }
        Path dir = null;
        for (String library : LIBRARIES) {
            Enumeration<URL> entries = host.findEntries(NATIVES, library, false);
            if (entries == null || !entries.hasMoreElements()) {
                return null;
            }
            // a folder-shaped fragment gives its own file; a jar-shaped one is extracted next to the others
            Path file = Path.of(FileLocator.toFileURL(entries.nextElement()).toURI());
            if (!Files.isRegularFile(file)) {
                return null;
            }
            if (dir == null) {
                dir = file.getParent();
            } else if (!dir.equals(file.getParent())) {
                throw new IOException("the CUDA support libraries are not in one folder: " + dir + ", "
                        + file.getParent());
            }
        }
        return dir;
    }

    private static String os() {
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return name.contains("linux") ? "linux" : name;
    }

    private static boolean isX64() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return arch.equals("amd64") || arch.equals("x86_64");
    }

    /** Looks for the CUDA libraries where the dynamic linker would: LD_LIBRARY_PATH, its cache, usual folders. */
    static final class CudaLibraries {
        /** The NVIDIA driver, CUDA 12 runtime, cuBLAS, cuRAND (the provider links them) and cuDNN 9 (it opens it). */
        static final List<String> NEEDED = List.of("libcuda.so.1", "libcudart.so.12", "libcublas.so.12",
                "libcublasLt.so.12", "libcurand.so.10", "libcudnn.so.9");
        private static final List<String> USUAL = List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib",
                "/lib/x86_64-linux-gnu", "/lib64", "/lib", "/usr/local/cuda/lib64", "/usr/local/cuda/targets/x86_64-linux/lib",
                "/usr/lib/wsl/lib");

        private CudaLibraries() {
        }

        static List<String> missing() {
            List<Path> dirs = new ArrayList<>();
            String ldPath = System.getenv("LD_LIBRARY_PATH");
            if (ldPath != null) {
                for (String d : ldPath.split(":")) {
                    if (!d.isBlank()) {
                        dirs.add(Path.of(d));
                    }
                }
            }
            USUAL.forEach(d -> dirs.add(Path.of(d)));
            String cache = linkerCache();
            List<String> missing = new ArrayList<>();
            for (String library : NEEDED) {
                boolean found = cache.contains(library + '\0')
                        || dirs.stream().anyMatch(d -> Files.exists(d.resolve(library)));
                if (!found) {
                    missing.add(library);
                }
            }
            return missing;
        }

        /** The library names in /etc/ld.so.cache (a binary file whose names are NUL-terminated ASCII). */
        private static String linkerCache() {
            try {
                return new String(Files.readAllBytes(Path.of("/etc/ld.so.cache")),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }
    }
}
