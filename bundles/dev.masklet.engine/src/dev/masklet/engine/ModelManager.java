package dev.masklet.engine;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Installs, imports and checks models in the models folder (an OSGi service). A model is a folder
 * {@code <models folder>/<name>/} holding {@code model.json} (a descriptor from the repository's {@code models/}:
 * files with their sizes and sha256 sums, I/O names, kind) and the files it lists.
 *
 * <p>Installing and importing never leave a half-installed model in place: files are fetched into a hidden staging
 * folder ({@code .<name>.staging}), each is verified against its sha256, and the finished folder is moved into place
 * in one rename. An interrupted download stays in the staging folder and is resumed (HTTP Range) by the next
 * install of the same model. Calls take minutes and must not be made on the UI thread.
 */
public interface ModelManager {
    /** Told to the user whenever the default model is missing or damaged: how to fetch it again. */
    String FETCH_HINT = "run models/fetch-default-model.sh (from the Masklet source folder) to fetch it";

    /**
     * The folder models are installed into: system property {@code masklet.models}, else the preference
     * {@code models.folder}, else {@code $MASKLET_MODELS}, else {@code ~/.cache/masklet/models} with {@code ~} the
     * {@code HOME} environment variable (as the scripts resolve it), or the JVM's {@code user.home} without one.
     */
    Path modelsRoot();

    /** Every model folder under {@link #modelsRoot()}, sorted by name, each checked (files, sums, graph I/O). */
    List<ModelStatus> installed();

    /**
     * The models Masklet ships descriptors for (the default MobileSAM and the SAM 2.1 sizes), with download size,
     * expected CPU speed, licence, whether each is installed (its folder with {@code model.json} is there) and
     * whether this build can install it ({@link CatalogueModel#installable()}: a checkpoint model's graph templates
     * are here, the check {@link #installFromCheckpoint} refuses a model by).
     */
    List<CatalogueModel> available();

    /** Checks one installed model. */
    ModelStatus status(String name);

    /**
     * Downloads a model over HTTP(S) (or copies it, when {@code source} is a {@code file:} folder).
     *
     * @param name the folder name to install as; must be the descriptor's {@code name}
     * @param source the folder the files are fetched from: each file is {@code source + "/" + file name}, unless the
     *            descriptor gives the file its own {@code url}
     * @param descriptor the model's descriptor ({@code models/NAME.json}); null fetches {@code source/model.json}
     * @param cancelled polled between chunks; when it turns true the call ends with
     *            {@link EngineCancelledException} and the partial file is kept for a resume
     * @return the installed model's status (always OK)
     * @throws EngineException with one line naming the file and the problem; nothing is installed then
     */
    ModelStatus install(String name, URI source, Path descriptor, InstallListener listener, BooleanSupplier cancelled)
            throws EngineException;

    /**
     * Installs a SAM 2 model from its official transformers checkpoint, with no Python: {@code config.json} and
     * {@code model.safetensors} are downloaded (resumable, verified where the descriptor gives sums) from the address
     * the descriptor's {@code checkpoint} section names into a hidden folder of the models folder
     * ({@code .<name>.checkpoint}), the five graphs are built from the graph templates that ship with Masklet and
     * {@code constants.json}/{@code .bin} from the checkpoint, and the model is moved into place in one rename. The
     * downloaded checkpoint is deleted after a successful build. Before anything is downloaded, a model without graph
     * templates in this build is refused with a message saying how to convert it instead.
     *
     * @param name the model to install, as the catalogue ({@link #available()}) names it
     * @param descriptor a descriptor file to use instead of the catalogue's (its templates are found relative to it),
     *            or null
     * @param cancelled polled while downloading: when it turns true the call ends with
     *            {@link EngineCancelledException}, nothing is installed and the next call resumes the download
     * @return the installed model's status (always OK)
     * @throws EngineException with one line naming the file and the problem; nothing is installed then
     */
    ModelStatus installFromCheckpoint(String name, Path descriptor, InstallListener listener,
            BooleanSupplier cancelled) throws EngineException;

    /**
     * Copies a model from a local folder holding {@code model.json} and its files, verifying every file's size and
     * sha256 on the copy.
     *
     * @param name the folder name to install as; null takes the descriptor's {@code name}
     */
    ModelStatus importFolder(Path folder, String name, InstallListener listener, BooleanSupplier cancelled)
            throws EngineException;
}
