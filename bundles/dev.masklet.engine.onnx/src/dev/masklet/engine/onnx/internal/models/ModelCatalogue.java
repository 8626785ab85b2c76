package dev.masklet.engine.onnx.internal.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.masklet.engine.CatalogueModel;
import dev.masklet.engine.EngineException;

/**
 * The models Masklet ships descriptors for: the repository's {@code models/*.json}, copied into this bundle as
 * {@code catalogue/*.json} by the build (graph templates, where made, under {@code catalogue/templates/NAME/}), plus
 * the descriptors in the folder the system property {@value #EXTRA} names (a site's own models or mirror). Download
 * size is the sum of the listed files (or of the checkpoint's); the expected CPU speed and how it was measured are the
 * descriptor's {@code catalogue} section.
 */
final class ModelCatalogue {
    /** System property: a folder of further descriptors ({@code *.json}, templates relative to it). */
    static final String EXTRA = "masklet.catalogue";

    /** One descriptor of the catalogue and where it lies (templates are found relative to it). */
    record Entry(URL url, ModelDescriptor descriptor) {
    }

    private ModelCatalogue() {
    }

    /** Image models first (the default), then video models by download size. */
    static List<CatalogueModel> list(Predicate<String> installed) {
        List<CatalogueModel> models = new ArrayList<>();
        for (URL entry : entries()) {
            try (InputStream in = entry.openStream();
                    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                JsonObject d = JsonParser.parseReader(reader).getAsJsonObject();
                if (d.get("catalogue") instanceof JsonObject c && d.has("name")) {
                    String name = d.get("name").getAsString();
                    boolean fromCheckpoint = CheckpointSource.present(d);
                    models.add(new CatalogueModel(name, text(d, "title"), text(d, "kind"), downloadMb(d),
                            c.get("cpu_seconds_per_frame").getAsDouble(), text(c, "cpu_speed_basis"),
                            text(d, "license"), installed.test(name), fromCheckpoint,
                            !fromCheckpoint || templatesReadable(entry, CheckpointSource.templates(d))));
                }
            } catch (IOException | JsonParseException | IllegalStateException | UnsupportedOperationException
                    | NullPointerException e) {
                // a damaged catalogue entry is a build defect; ModelCatalogueTest catches it, users see the others
            }
        }
        models.sort(Comparator.comparing((CatalogueModel m) -> !"image".equals(m.kind()))
                .thenComparingDouble(CatalogueModel::downloadMb));
        return models;
    }

    /** The catalogue's descriptor of {@code name}, if it has one. */
    static Optional<Entry> find(String name) throws EngineException {
        for (URL url : entries()) {
            try (InputStream in = url.openStream()) {
                ModelDescriptor d = ModelDescriptor.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        url.toString());
                if (d.name().equals(name)) {
                    return Optional.of(new Entry(url, d));
                }
            } catch (IOException | EngineException e) {
                // a damaged entry: see list()
            }
        }
        return Optional.empty();
    }

    /**
     * Whether this build has the graph templates of a catalogue entry: the one check behind both the catalogue's
     * {@link CatalogueModel#installable()} and the installer's refusal of a model without them ({@link #templates}).
     *
     * @param relative the descriptor's {@code checkpoint.templates}, relative to the descriptor; null or blank: none
     */
    static boolean hasTemplates(URL descriptor, String relative) throws IOException {
        if (relative == null || relative.isBlank()) {
            return false;
        }
        if ("file".equals(descriptor.getProtocol())) {
            Path dir = fileTemplates(descriptor, relative);
            return dir != null && hasGraphs(dir);
        }
        Enumeration<URL> graphs = bundleEntries(relative, "*.onnx");
        return graphs != null && graphs.hasMoreElements();
    }

    /** {@link #hasTemplates}, an unreadable folder counting as none: the row is listed, its install refused. */
    private static boolean templatesReadable(URL descriptor, String relative) {
        try {
            return hasTemplates(descriptor, relative);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Puts the graph templates of a catalogue entry into {@code scratch} (a bundle's entries cannot be read as files)
     * or returns their folder beside a descriptor file.
     *
     * @return the folder holding the templates, or null when this build has none for the model
     *         ({@link #hasTemplates})
     */
    static Path templates(URL descriptor, String relative, Path scratch) throws IOException {
        if (!hasTemplates(descriptor, relative)) {
            return null;
        }
        if ("file".equals(descriptor.getProtocol())) {
            return fileTemplates(descriptor, relative);
        }
        Files.createDirectories(scratch);
        for (URL file : Collections.list(bundleEntries(relative, "*"))) {
            String name = file.getPath().substring(file.getPath().lastIndexOf('/') + 1);
            if (!name.isEmpty()) {
                try (InputStream in = file.openStream()) {
                    Files.copy(in, scratch.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return scratch;
    }

    /** The templates folder beside a descriptor file, or null when the descriptor's address is no plain path. */
    private static Path fileTemplates(URL descriptor, String relative) {
        try {
            return Path.of(descriptor.toURI()).resolveSibling(relative);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** This bundle's entries under {@code catalogue/RELATIVE/} matching {@code pattern}, or null for none. */
    private static Enumeration<URL> bundleEntries(String relative, String pattern) {
        Bundle bundle = FrameworkUtil.getBundle(ModelCatalogue.class);
        return bundle == null ? null
                : bundle.findEntries("catalogue/" + relative.replaceAll("/+$", ""), pattern, false);
    }

    private static boolean hasGraphs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".onnx"));
        }
    }

    private static List<URL> entries() {
        List<URL> all = new ArrayList<>();
        Bundle bundle = FrameworkUtil.getBundle(ModelCatalogue.class);
        Enumeration<URL> found = bundle == null ? null : bundle.findEntries("catalogue", "*.json", false);
        if (found != null) {
            all.addAll(Collections.list(found));
        }
        String extra = System.getProperty(EXTRA);
        if (extra != null && !extra.isBlank() && Files.isDirectory(Path.of(extra))) {
            try (Stream<Path> files = Files.list(Path.of(extra))) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    all.add(f.toUri().toURL());
                }
            } catch (IOException e) {
                // an unreadable extra folder adds nothing
            }
        }
        return all;
    }

    private static double downloadMb(JsonObject d) {
        double mb = 0;
        for (JsonElement f : d.getAsJsonArray("files")) {
            JsonObject file = f.getAsJsonObject();
            if (file.has("bytes")) {
                mb += file.get("bytes").getAsLong() / 1e6;
            } else if (file.has("approx_mb")) {
                mb += file.get("approx_mb").getAsDouble();
            }
        }
        return mb;
    }

    private static String text(JsonObject o, String key) {
        return o.has(key) ? o.get(key).getAsString() : "";
    }
}
