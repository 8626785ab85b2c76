package dev.masklet.engine.onnx.internal.tracking;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a SAM 2 service finds its models: the product's models folder (read on each call, so a preference change
 * or a newly installed model is seen at once), or a fixed folder given by a test or tool.
 */
public abstract class Sam2ModelFolders {
    private final Path modelsRoot;

    /** @param modelsRoot where named models live; null for the product's models folder */
    protected Sam2ModelFolders(Path modelsRoot) {
        this.modelsRoot = modelsRoot;
    }

    /** The folder named models live in now. */
    protected final Path root() {
        return modelsRoot != null ? modelsRoot : Sam2ModelLocator.modelsRoot();
    }

    /** The name a model is shown by: the last part of the name or folder it was asked for by. */
    protected static String displayName(String nameOrDirectory, Path dir) {
        Path name = Path.of(nameOrDirectory).getFileName();
        return name == null ? dir.toString() : name.toString();
    }

    /** Names of the folders there that hold a SAM 2 video model. */
    public List<String> installedModels() {
        return Sam2ModelLocator.installed(root());
    }
}
