package dev.masklet.engine.onnx.internal.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.masklet.engine.CatalogueModel;

/**
 * The models Masklet ships descriptors for: the repository's {@code models/*.json}, copied into this bundle as
 * {@code catalogue/*.json} by the build. Download size is the sum of the listed files; the expected CPU speed and how
 * it was measured are the descriptor's {@code catalogue} section.
 */
final class ModelCatalogue {
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
                    models.add(new CatalogueModel(name, text(d, "title"), text(d, "kind"), downloadMb(d),
                            c.get("cpu_seconds_per_frame").getAsDouble(), text(c, "cpu_speed_basis"),
                            text(d, "license"), installed.test(name)));
                }
            } catch (IOException | JsonParseException | IllegalStateException | NullPointerException e) {
                // a damaged catalogue entry is a build defect; ModelCatalogueTest catches it, users see the others
            }
        }
        models.sort(Comparator.comparing((CatalogueModel m) -> !"image".equals(m.kind()))
                .thenComparingDouble(CatalogueModel::downloadMb));
        return models;
    }

    private static List<URL> entries() {
        Bundle bundle = FrameworkUtil.getBundle(ModelCatalogue.class);
        Enumeration<URL> found = bundle == null ? null : bundle.findEntries("catalogue", "*.json", false);
        return found == null ? List.of() : Collections.list(found);
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
