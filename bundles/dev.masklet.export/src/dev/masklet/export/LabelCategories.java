package dev.masklet.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.TrackedObject;

/**
 * The categories of a project: its distinct labels, numbered from 1 in the order of the lowest track id that carries
 * each, so that every format of one export numbers them alike (YOLO's class index is the id less one).
 */
public final class LabelCategories {
    private final Map<String, Integer> ids = new LinkedHashMap<>();

    private LabelCategories() {
    }

    public static LabelCategories of(AnnotationProject project) {
        LabelCategories c = new LabelCategories();
        project.objects().stream().sorted(Comparator.comparingInt(TrackedObject::trackId))
                .forEach(o -> c.ids.putIfAbsent(o.label(), c.ids.size() + 1));
        return c;
    }

    /** Labels in category-id order (the label of id {@code k} is at index {@code k - 1}). */
    public List<String> labels() {
        return new ArrayList<>(ids.keySet());
    }

    /** The category id (from 1) of a label of the project. */
    public int id(String label) {
        Integer id = ids.get(label);
        if (id == null) {
            throw new IllegalArgumentException("no category for label '" + label + "'");
        }
        return id;
    }

    public int size() {
        return ids.size();
    }
}
