package dev.masklet.cli.internal;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.masklet.cli.CliException;
import dev.masklet.cli.CliOptions;
import dev.masklet.engine.CatalogueModel;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.InstallListener;
import dev.masklet.engine.ModelManager;
import dev.masklet.engine.ModelStatus;

/**
 * {@code masklet-cli models}: one line per installed model folder under the models root:
 * {@code NAME<TAB>STATUS<TAB>FOLDER}, STATUS being {@code ok} or what is wrong. Exit code 1 when none is usable.
 * With {@code --install NAME --from URL|DIR [--descriptor FILE]} or {@code --import DIR [--name NAME]} it installs
 * one model (progress on stderr) and prints its line; {@code --install NAME [--descriptor FILE]} without
 * {@code --from} installs a SAM 2 model from the official checkpoint its descriptor names (the catalogue's, or FILE),
 * built in Java ({@link ModelManager#installFromCheckpoint}). With {@code --available}: one line per model
 * Masklet ships a descriptor for,
 * {@code NAME<TAB>installed|not installed<TAB>DOWNLOAD MB<TAB>CPU S/FRAME<TAB>LICENCE<TAB>TITLE<TAB>INSTALLABLE},
 * INSTALLABLE being {@code installable} or {@value #NOT_INSTALLABLE} ({@link CatalogueModel#installable()}, the check
 * {@code --install NAME} refuses such a model by before any download).
 */
final class ModelsCommand implements CliCommand {
    /** The last column of {@code --available} for a model whose graph templates are not in this build. */
    static final String NOT_INSTALLABLE = "not installable: no graph templates in this build";

    @Override
    public String name() {
        return "models";
    }

    @Override
    public String usage() {
        return """
                  models                        list installed models and whether each is usable
                  models --available            list the models Masklet can install: download size, expected
                                                seconds per frame on 2 CPU threads, licence, installed or not,
                                                whether this build can install it
                  models --install NAME --from URL|DIR [--descriptor FILE]
                                                download (resumable) or copy a model, verify every file, install it
                  models --install NAME [--descriptor FILE]
                                                install a SAM 2 model from the official checkpoint its descriptor
                                                names (config.json, model.safetensors), no Python needed
                  models --import DIR [--name NAME]
                                                copy a model folder (model.json + files), verify it, install it
                """;
    }

    @Override
    public CliOptions.Spec options() {
        return CliOptions.Spec.values("install", "from", "descriptor", "import", "name").withFlags("available");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws CliException {
        ModelManager manager = context.services().modelManager();
        PrintStream out = context.out();
        PrintStream err = context.err();
        if (options.has("available")) {
            if (options.get("install") != null || options.get("import") != null || options.get("from") != null
                    || options.get("name") != null || options.get("descriptor") != null) {
                throw new CliException("--available goes alone", CliException.USAGE);
            }
            return available(manager, out);
        }
        if (options.get("install") != null) {
            refuse(options, "install", "import", "name");
            return install(manager, options, out, err);
        }
        if (options.get("import") != null) {
            refuse(options, "import", "from", "descriptor");
            return importFolder(manager, options, out, err);
        }
        if (options.get("from") != null || options.get("name") != null || options.get("descriptor") != null) {
            throw new CliException("--from, --descriptor and --name go with --install or --import",
                    CliException.USAGE);
        }
        return list(manager, out);
    }

    private static void refuse(CliOptions options, String action, String... others) throws CliException {
        for (String o : others) {
            if (options.get(o) != null) {
                throw new CliException("--" + o + " does not go with --" + action, CliException.USAGE);
            }
        }
    }

    private static int list(ModelManager manager, PrintStream out) throws CliException {
        Path root = manager.modelsRoot();
        List<ModelStatus> models = manager.installed();
        int usable = 0;
        for (ModelStatus m : models) {
            usable += m.isOk() ? 1 : 0;
            out.println(line(m));
        }
        if (usable == 0) {
            throw new CliException("no usable model in " + root + "; " + ModelManager.FETCH_HINT);
        }
        return 0;
    }

    private static int available(ModelManager manager, PrintStream out) {
        for (CatalogueModel m : manager.available()) {
            // the last column after the documented six: whether this build can install it (the Model view's check)
            out.println(String.join("\t", m.name(), m.installed() ? "installed" : "not installed",
                    String.format(Locale.ROOT, "%.0f MB", m.downloadMb()),
                    String.format(Locale.ROOT, "%.1f s/frame", m.cpuSecondsPerFrame()), m.license(), m.title(),
                    m.installable() ? "installable" : NOT_INSTALLABLE));
        }
        return 0;
    }

    private static int install(ModelManager manager, CliOptions options, PrintStream out, PrintStream err)
            throws CliException {
        String name = options.get("install");
        String from = options.get("from");
        String descriptor = options.get("descriptor");
        if (from == null) {
            try {
                out.println(line(manager.installFromCheckpoint(name, descriptor == null ? null : Path.of(descriptor),
                        new ProgressLines(err), () -> false)));
                return 0;
            } catch (EngineException e) {
                throw new CliException(e.getMessage());
            }
        }
        URI source = Files.isDirectory(Path.of(from)) ? Path.of(from).toAbsolutePath().toUri() : URI.create(from);
        if (source.getScheme() == null) {
            throw new CliException("--from " + from + ": neither a folder nor an http(s) address");
        }
        try {
            out.println(line(manager.install(name, source, descriptor == null ? null : Path.of(descriptor),
                    new ProgressLines(err), () -> false)));
            return 0;
        } catch (EngineException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static int importFolder(ModelManager manager, CliOptions options, PrintStream out, PrintStream err)
            throws CliException {
        try {
            out.println(line(manager.importFolder(Path.of(options.get("import")), options.get("name"),
                    new ProgressLines(err), () -> false)));
            return 0;
        } catch (EngineException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static String line(ModelStatus m) {
        return m.name() + "\t" + m.message() + "\t" + m.folder();
    }

    /** {@code models: encoder.onnx 12.0 of 28.1 MB (42 %)} at most once a second per file, and when a file is done. */
    private static final class ProgressLines implements InstallListener {
        private final PrintStream err;
        private final Map<String, Long> lastPrinted = new HashMap<>();

        ProgressLines(PrintStream err) {
            this.err = err;
        }

        @Override
        public void progress(String file, long done, long total) {
            long now = System.nanoTime();
            Long last = lastPrinted.get(file);
            if (total < 0) { // a size the descriptor does not give and the server did not announce
                if (last == null || now - last >= 1_000_000_000L) {
                    lastPrinted.put(file, now);
                    err.println(String.format(Locale.ROOT, "models: %s %.1f MB", file, done / 1e6));
                }
                return;
            }
            if (done < total && last != null && now - last < 1_000_000_000L) {
                return;
            }
            if (done == total && last != null && last == Long.MIN_VALUE) {
                return; // already reported complete
            }
            lastPrinted.put(file, done == total ? Long.MIN_VALUE : now);
            err.println(String.format(Locale.ROOT, "models: %s %.1f of %.1f MB (%d %%)", file, done / 1e6,
                    total / 1e6, total == 0 ? 100 : done * 100 / total));
        }

        @Override
        public void note(String message) {
            err.println("models: " + message);
        }
    }
}
