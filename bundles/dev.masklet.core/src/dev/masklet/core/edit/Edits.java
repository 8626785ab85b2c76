package dev.masklet.core.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.LabelClass;
import dev.masklet.core.model.Shape;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.model.Visibility;

/**
 * The edits of every kind of annotation change. Each remembers what it replaced when it is first applied, so it
 * can be built before the change and handed to {@link EditStack#execute}.
 */
public final class Edits {
    private Edits() {
    }

    /** Sets (or with {@code null} removes) an object's mask on a frame: keeping, correcting, erasing. */
    public static Edit mask(String label, int trackId, int frame, BinaryMask mask) {
        return new Labelled(label) {
            private BinaryMask before;

            @Override
            public void apply(AnnotationProject project) {
                TrackedObject o = object(project, trackId);
                before = o.mask(frame);
                put(o, frame, mask);
            }

            @Override
            public void revert(AnnotationProject project) {
                put(object(project, trackId), frame, before);
            }
        };
    }

    /** Many mask changes as one step (a tracking run): frame → track id → mask, null = no mask. */
    public static Edit masks(String label, Map<Integer, Map<Integer, BinaryMask>> masksByFrame) {
        List<Edit> parts = new ArrayList<>();
        masksByFrame.forEach((frame, byObject) -> byObject
                .forEach((trackId, mask) -> parts.add(mask(label, trackId, frame, mask))));
        return compound(label, parts);
    }

    /** A new object with a label; its masks come with later edits (or use {@link #compound}). */
    public static Edit addObject(String label, TrackedObject object) {
        return new Labelled(label) {
            private boolean newClass;

            @Override
            public void apply(AnnotationProject project) {
                newClass = project.labelClass(object.label()).isEmpty();
                project.addObject(object);
            }

            @Override
            public void revert(AnnotationProject project) {
                project.removeObject(object.trackId());
                forgetClassIfNew(project, newClass, object.label());
            }
        };
    }

    /** Deletes an object with its masks, visibility marks and shapes on every frame. */
    public static Edit removeObject(String label, int trackId) {
        return new Labelled(label) {
            private TrackedObject removed;
            private final Map<Integer, List<Shape>> shapes = new TreeMap<>();

            @Override
            public void apply(AnnotationProject project) {
                removed = object(project, trackId);
                project.removeObject(trackId);
                shapes.clear();
                for (int frame : project.annotatedFrames()) {
                    List<Shape> of = project.frame(frame).removeShapesOf(trackId);
                    if (!of.isEmpty()) {
                        shapes.put(frame, of);
                    }
                }
            }

            @Override
            public void revert(AnnotationProject project) {
                project.addObject(removed);
                shapes.forEach((frame, list) -> list.forEach(project.frame(frame)::addShape));
            }
        };
    }

    public static Edit relabel(String label, int trackId, String newLabel) {
        return new Labelled(label) {
            private String before;
            private boolean newClass;

            @Override
            public void apply(AnnotationProject project) {
                TrackedObject o = object(project, trackId);
                before = o.label();
                newClass = project.labelClass(newLabel).isEmpty();
                o.setLabel(newLabel);
            }

            @Override
            public void revert(AnnotationProject project) {
                object(project, trackId).setLabel(before);
                forgetClassIfNew(project, newClass, newLabel);
            }
        };
    }

    public static Edit visibility(String label, int trackId, int frame, Visibility value) {
        return new Labelled(label) {
            private Visibility before;

            @Override
            public void apply(AnnotationProject project) {
                TrackedObject o = object(project, trackId);
                before = o.visibility(frame);
                o.setVisibility(frame, value);
            }

            @Override
            public void revert(AnnotationProject project) {
                object(project, trackId).setVisibility(frame, before);
            }
        };
    }

    /** Sets a frame flag ({@code reviewed}); {@code null} clears it. */
    public static Edit frameFlag(String label, int frame, String flag, Boolean value) {
        return new Labelled(label) {
            private Boolean before;

            @Override
            public void apply(AnnotationProject project) {
                before = project.frame(frame).flags().get(flag);
                project.frame(frame).setFlag(flag, value);
            }

            @Override
            public void revert(AnnotationProject project) {
                project.frame(frame).setFlag(flag, before);
            }
        };
    }

    public static Edit addShape(String label, int frame, Shape shape) {
        return new Labelled(label) {
            private int index;

            @Override
            public void apply(AnnotationProject project) {
                index = project.frame(frame).shapes().size();
                project.frame(frame).addShape(shape);
            }

            @Override
            public void revert(AnnotationProject project) {
                project.frame(frame).removeShape(index);
            }
        };
    }

    /** Replaces the shape at an index (moved points, new label, difficult, attributes); null removes it. */
    public static Edit changeShape(String label, int frame, int index, Shape shape) {
        return new Labelled(label) {
            private Shape before;

            @Override
            public void apply(AnnotationProject project) {
                before = project.frame(frame).shapes().get(index);
                if (shape == null) {
                    project.frame(frame).removeShape(index);
                } else {
                    project.frame(frame).setShape(index, shape);
                }
            }

            @Override
            public void revert(AnnotationProject project) {
                if (shape == null) {
                    List<Shape> now = new ArrayList<>(project.frame(frame).shapes());
                    now.add(index, before);
                    while (!project.frame(frame).shapes().isEmpty()) {
                        project.frame(frame).removeShape(0);
                    }
                    now.forEach(project.frame(frame)::addShape);
                } else {
                    project.frame(frame).setShape(index, before);
                }
            }
        };
    }

    /** Sets a label class's colour (adding the class when new); reverting restores the old one or removes it. */
    public static Edit labelColour(String label, LabelClass labelClass) {
        return new Labelled(label) {
            private Optional<LabelClass> before;

            @Override
            public void apply(AnnotationProject project) {
                before = project.labelClass(labelClass.name());
                project.putLabelClass(labelClass);
            }

            @Override
            public void revert(AnnotationProject project) {
                before.ifPresentOrElse(project::putLabelClass, () -> project.removeLabelClass(labelClass.name()));
            }
        };
    }

    /** Several edits as one undo step, reverted in reverse order. */
    public static Edit compound(String label, List<Edit> edits) {
        List<Edit> parts = List.copyOf(edits);
        return new Labelled(label) {
            @Override
            public void apply(AnnotationProject project) {
                parts.forEach(e -> e.apply(project));
            }

            @Override
            public void revert(AnnotationProject project) {
                for (int i = parts.size() - 1; i >= 0; i--) {
                    parts.get(i).revert(project);
                }
            }
        };
    }

    private static TrackedObject object(AnnotationProject project, int trackId) {
        return project.object(trackId)
                .orElseThrow(() -> new IllegalStateException("no object with track id " + trackId));
    }

    /** A label class the edit brought in goes again when no object uses the label any more. */
    private static void forgetClassIfNew(AnnotationProject project, boolean newClass, String label) {
        if (newClass && project.objects().stream().noneMatch(o -> o.label().equals(label))) {
            project.removeLabelClass(label);
        }
    }

    private static void put(TrackedObject o, int frame, BinaryMask mask) {
        if (mask == null) {
            o.removeMask(frame);
        } else {
            o.putMask(frame, mask);
        }
    }

    /** The label every edit here carries; the edits only say what they change. */
    private abstract static class Labelled implements Edit {
        private final String label;

        Labelled(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }
}
