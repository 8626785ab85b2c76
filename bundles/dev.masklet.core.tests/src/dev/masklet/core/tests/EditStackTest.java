package dev.masklet.core.tests;

import static dev.masklet.core.tests.TestData.square;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.masklet.core.edit.Edit;
import dev.masklet.core.edit.EditStack;
import dev.masklet.core.edit.Edits;
import dev.masklet.core.mask.BinaryMask;
import dev.masklet.core.model.AnnotationProject;
import dev.masklet.core.model.FrameAnnotations;
import dev.masklet.core.model.LabelClass;
import dev.masklet.core.model.Shape;
import dev.masklet.core.model.TrackedObject;
import dev.masklet.core.model.Visibility;
import dev.masklet.core.store.ProjectStore;

/**
 * Every kind of edit undone and redone: the project's saved files after each undo equal those saved before the edit,
 * and after each redo those saved after it (the files are the whole state, so this compares everything).
 */
class EditStackTest {
    @TempDir
    Path dir;

    private List<String> state(AnnotationProject p) throws IOException {
        Path file = dir.resolve("s" + System.nanoTime()).resolve("clip.mp4.masklet.json");
        Files.createDirectories(file.getParent());
        ProjectStore.save(p, file);
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(file));
        try (var frames = Files.list(ProjectStore.framesFolderFor(file))) {
            for (Path f : frames.sorted().toList()) {
                texts.add(f.getFileName() + "\n" + Files.readString(f));
            }
        }
        return texts;
    }

    @Test
    void everyEditUndoesAndRedoesExactly() throws IOException {
        AnnotationProject p = new AnnotationProject("clip.mp4", 16, 16, 10);
        TrackedObject seed = p.addObject("ball");
        seed.putMask(0, square(16, 16, 0, 0, 3));
        p.frame(0).addShape(Shape.point("ball", 1, 2, 2));
        EditStack stack = new EditStack(p, 100);

        Map<Integer, Map<Integer, BinaryMask>> run = new TreeMap<>();
        for (int f = 1; f < 4; f++) {
            run.put(f, Map.of(1, square(16, 16, f, f, 3)));
        }
        List<Edit> edits = List.of(
                Edits.compound("New object cup", List.of(Edits.addObject("", new TrackedObject(2, "cup")),
                        Edits.mask("", 2, 0, square(16, 16, 8, 8, 4)))),
                Edits.mask("Correct ball", 1, 0, square(16, 16, 1, 1, 5)),
                Edits.mask("Erase ball", 1, 0, null),
                Edits.masks("Track", run),
                Edits.relabel("Rename", 1, "red ball"),
                Edits.visibility("Occluded", 2, 0, Visibility.FULLY_OCCLUDED),
                Edits.frameFlag("Reviewed", 3, FrameAnnotations.REVIEWED, true),
                Edits.addShape("Draw box", 2, Shape.rectangle("sign", null, 1, 1, 5, 5)),
                Edits.changeShape("Mark difficult", 2, 0, Shape.rectangle("sign", null, 1, 1, 5, 5).withDifficult(true)),
                Edits.changeShape("Delete point", 0, 0, null),
                Edits.labelColour("Colour", new LabelClass("cup", 0xff00ff)),
                Edits.removeObject("Delete ball", 1));

        List<List<String>> states = new ArrayList<>();
        states.add(state(p));
        for (Edit e : edits) {
            stack.execute(e);
            states.add(state(p));
            assertEquals(e.label(), stack.undoLabel().orElseThrow());
        }
        for (int i = edits.size() - 1; i >= 0; i--) {
            assertEquals(edits.get(i).label(), stack.undo().orElseThrow().label());
            assertEquals(states.get(i), state(p), "after undoing " + edits.get(i).label());
        }
        assertFalse(stack.canUndo());
        for (int i = 0; i < edits.size(); i++) {
            stack.redo();
            assertEquals(states.get(i + 1), state(p), "after redoing " + edits.get(i).label());
        }
        assertFalse(stack.canRedo());
        stack.undo();
        stack.execute(Edits.frameFlag("Reviewed 5", 5, FrameAnnotations.REVIEWED, true));
        assertFalse(stack.canRedo(), "a new edit forgets what could be redone");
        assertTrue(stack.canUndo());
    }
}
