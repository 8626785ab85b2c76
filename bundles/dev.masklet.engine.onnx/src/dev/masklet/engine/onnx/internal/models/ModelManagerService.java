package dev.masklet.engine.onnx.internal.models;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import dev.masklet.engine.CatalogueModel;
import dev.masklet.engine.EngineCancelledException;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.InstallListener;
import dev.masklet.engine.ModelManager;
import dev.masklet.engine.ModelStatus;
import dev.masklet.engine.onnx.internal.ModelFolder;

/**
 * The model manager behind the {@link ModelManager} service (OSGI-INF/model-manager.xml). The models folder is the
 * one the engines load from ({@link ModelFolder#modelsRoot()}); tests give their own.
 */
public final class ModelManagerService implements ModelManager {
    /** Connections one file may use before an install gives up (the download resumes on each). */
    static final int DOWNLOAD_ATTEMPTS = 3;
    private final Path fixedRoot;

    /** For Declarative Services: the models folder of the engines. */
    public ModelManagerService() {
        this(null);
    }

    /** @param root the models folder, null for the engines' one */
    public ModelManagerService(Path root) {
        this.fixedRoot = root;
    }

    @Override
    public Path modelsRoot() {
        return fixedRoot != null ? fixedRoot : ModelFolder.modelsRoot();
    }

    @Override
    public List<ModelStatus> installed() {
        Path root = modelsRoot();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            // dot folders are staging folders of installs in progress (or given up) and old installations
            return dirs.filter(Files::isDirectory).filter(d -> !d.getFileName().toString().startsWith("."))
                    .sorted().map(ModelChecker::check).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public List<CatalogueModel> available() {
        Path root = modelsRoot();
        return ModelCatalogue.list(name -> Files.isRegularFile(root.resolve(name).resolve(ModelInstaller.DESCRIPTOR)));
    }

    /**
     * Builds and installs a SAM 2 model from graph templates and a safetensors checkpoint (bf16, fp16 or fp32), with
     * no Python: see {@link CheckpointInstaller}. Nothing is installed when a tensor is missing, extra, of another
     * shape, or the file is damaged.
     */
    public ModelStatus installFromCheckpoint(String name, Path templates, Path checkpoint) throws EngineException {
        new CheckpointInstaller(modelsRoot()).install(requirePlainName(name), templates, checkpoint, null,
                checkpoint.toString());
        return status(name);
    }

    @Override
    public ModelStatus installFromCheckpoint(String name, Path descriptorFile, InstallListener listener,
            BooleanSupplier cancelled) throws EngineException {
        checkName(name);
        URL at;
        ModelDescriptor descriptor;
        if (descriptorFile != null) {
            descriptor = ModelDescriptor.read(descriptorFile);
            try {
                at = descriptorFile.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new EngineException("cannot read the descriptor " + descriptorFile, e);
            }
        } else {
            ModelCatalogue.Entry entry = ModelCatalogue.find(name).orElseThrow(() -> new EngineException(
                    "Masklet has no descriptor of a model '" + name + "' (masklet-cli models --available lists them)"));
            descriptor = entry.descriptor();
            at = entry.url();
        }
        if (!descriptor.name().equals(name)) {
            throw new EngineException("the descriptor " + at + " describes '" + descriptor.name() + "', not '"
                    + name + "'");
        }
        CheckpointSource source = CheckpointSource.of(descriptor, at.toString());
        Path root = createRoot();
        Path download = CheckpointDownload.folder(root, name);
        Path templates;
        try {
            templates = ModelCatalogue.templates(at, source.templates(), download.resolve("templates"));
        } catch (IOException e) {
            throw new EngineException("cannot read the graph templates of " + name + " (" + e.getMessage() + ")", e);
        }
        if (templates == null) {
            ModelInstaller.deleteTree(download.resolve("templates"));
            throw new EngineException(name + " cannot be installed by Masklet yet: its graph templates are not in"
                    + " this build; convert it with models/convert_sam2.py (needs PyTorch), see docs/cli.md,"
                    + " section SAM 2 models");
        }
        if (source.address() == null) {
            ModelInstaller.deleteTree(download.resolve("templates"));
            throw new EngineException("the descriptor of " + name + " names no address to download its checkpoint"
                    + " (" + (source.repository() == null ? "" : source.repository() + ": ")
                    + "config.json, model.safetensors) from; nothing was installed");
        }
        new CheckpointDownload(download, new HttpFileDownloader(DOWNLOAD_ATTEMPTS)).fetch(source, listener,
                cancelled);
        if (cancelled.getAsBoolean()) {
            throw new EngineCancelledException("install of " + name + " cancelled; install again to resume");
        }
        listener.note("building " + name + " from the checkpoint");
        try {
            new CheckpointInstaller(root).install(name, templates, download.resolve(CheckpointSource.WEIGHTS),
                    descriptor.json(), source.address().toString());
        } finally {
            // built, or a checkpoint that cannot be built from (sums matched or none given): fetch anew next time
            ModelInstaller.deleteTree(download);
        }
        return checked(name);
    }

    @Override
    public ModelStatus status(String name) {
        return ModelChecker.check(modelsRoot().resolve(requirePlainName(name)));
    }

    @Override
    public ModelStatus install(String name, URI source, Path descriptorFile, InstallListener listener,
            BooleanSupplier cancelled) throws EngineException {
        checkName(name);
        if (source == null) {
            throw new EngineException("no address to install " + name + " from");
        }
        if ("file".equalsIgnoreCase(source.getScheme()) && descriptorFile == null) {
            return importFolder(Path.of(source), name, listener, cancelled);
        }
        ModelDescriptor descriptor = descriptorFile != null ? ModelDescriptor.read(descriptorFile)
                : fetchDescriptor(source);
        String origin = descriptorFile != null ? descriptorFile.toString()
                : ModelInstaller.child(source, ModelInstaller.DESCRIPTOR).toString();
        if (!descriptor.name().equals(name)) {
            throw new EngineException("the descriptor " + origin + " describes '" + descriptor.name() + "', not '"
                    + name + "'");
        }
        descriptor.requireChecksums(origin);
        ModelStatus current = status(name);
        if (current.isOk() && current.folder() != null && sameDescriptor(current.folder(), descriptor)) {
            listener.note(name + " is already installed and verified: " + current.folder());
            return current;
        }
        Path root = createRoot();
        new ModelInstaller(root, new HttpFileDownloader(DOWNLOAD_ATTEMPTS)).install(descriptor, name, source,
                listener, cancelled);
        return checked(name);
    }

    @Override
    public ModelStatus importFolder(Path folder, String name, InstallListener listener, BooleanSupplier cancelled)
            throws EngineException {
        if (!Files.isDirectory(folder)) {
            throw new EngineException("cannot import " + folder + ": no such folder");
        }
        Path descriptorFile = folder.resolve(ModelInstaller.DESCRIPTOR);
        if (!Files.isRegularFile(descriptorFile)) {
            throw new EngineException("cannot import " + folder + ": it has no " + ModelInstaller.DESCRIPTOR
                    + " (the model's descriptor, e.g. a copy of models/NAME.json)");
        }
        ModelDescriptor descriptor = ModelDescriptor.read(descriptorFile);
        descriptor.requireChecksums(descriptorFile.toString());
        String target = checkName(name == null ? descriptor.name() : name);
        Path root = createRoot();
        if (folder.toAbsolutePath().normalize().equals(root.resolve(target).toAbsolutePath().normalize())) {
            throw new EngineException("cannot import " + folder + " onto itself");
        }
        new ModelInstaller(root, null).importFolder(descriptor, folder, target, listener, cancelled);
        return checked(target);
    }

    /** A freshly installed model is checked once more, graphs included, before it is reported as installed. */
    private ModelStatus checked(String name) throws EngineException {
        ModelStatus status = status(name);
        if (!status.isOk()) {
            throw new EngineException("installed " + name + " but it cannot be used: " + status.message());
        }
        return status;
    }

    private Path createRoot() throws EngineException {
        Path root = modelsRoot();
        try {
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new EngineException("cannot create the models folder " + root + " (" + e.getMessage() + ")", e);
        }
    }

    private static boolean sameDescriptor(Path folder, ModelDescriptor descriptor) {
        try {
            return ModelDescriptor.read(folder.resolve(ModelInstaller.DESCRIPTOR)).files().equals(descriptor.files());
        } catch (EngineException e) {
            return false;
        }
    }

    private static ModelDescriptor fetchDescriptor(URI source) throws EngineException {
        URI uri = ModelInstaller.child(source, ModelInstaller.DESCRIPTOR);
        try {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new EngineException("cannot fetch the model descriptor " + uri + ": HTTP "
                        + response.statusCode());
            }
            return ModelDescriptor.parse(response.body(), uri.toString());
        } catch (IOException e) {
            throw new EngineException("cannot fetch the model descriptor " + uri + " (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while fetching " + uri, e);
        } catch (IllegalArgumentException e) {
            throw new EngineException("not a usable address: " + uri, e);
        }
    }

    private static String checkName(String name) throws EngineException {
        try {
            return requirePlainName(name);
        } catch (IllegalArgumentException e) {
            throw new EngineException(e.getMessage());
        }
    }

    private static String requirePlainName(String name) {
        if (name == null || name.isBlank() || name.startsWith(".") || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("a model name is a plain folder name, got '" + name + "'");
        }
        return name;
    }
}
