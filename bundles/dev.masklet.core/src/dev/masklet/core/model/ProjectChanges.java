package dev.masklet.core.model;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * What changed in a project since it was last saved: the frames whose files must be written again and whether the
 * project file itself (labels, objects, media) must. Saving writes only these; a counter lets an autosave tell
 * whether anything happened since it last looked.
 */
public final class ProjectChanges {
    private final TreeSet<Integer> frames = new TreeSet<>();
    private boolean projectFile;
    private long count;
    private Path location;
    private final Set<Path> keptAside = new java.util.HashSet<>();

    void frameChanged(int frame) {
        frames.add(frame);
        projectFile = true; // the project file lists the frames and their flags
        count++;
    }

    void projectChanged() {
        projectFile = true;
        count++;
    }

    /** Marks every frame of the project as changed: it is written in full at the next save (new place, migration). */
    public void all(Set<Integer> everyFrame) {
        frames.addAll(everyFrame);
        projectFile = true;
        count++;
    }

    public boolean isDirty() {
        return projectFile || !frames.isEmpty();
    }

    /** The changed frames, ascending (a copy). */
    public Set<Integer> frames() {
        return new TreeSet<>(frames);
    }

    /** Increases with every change; equal values mean nothing changed in between. */
    public long count() {
        return count;
    }

    /**
     * After a successful save of a snapshot taken at {@code countAtSnapshot}: forgets the changes, unless more
     * happened since the snapshot (then everything stays marked and is written again next time, which is safe).
     */
    public void saved(long countAtSnapshot) {
        if (count == countAtSnapshot) {
            projectFile = false;
            frames.clear();
        }
    }

    /**
     * The project file the project was last read from or saved to, or null: saving to it writes only the changes,
     * saving anywhere else writes everything.
     */
    public Path location() {
        return location;
    }

    public void setLocation(Path projectFile) {
        this.location = projectFile == null ? null : projectFile.toAbsolutePath().normalize();
    }

    /** A file that was skipped when reading (damaged): a save copies it aside before it replaces it. */
    public void keepAside(Path file) {
        keptAside.add(file.toAbsolutePath().normalize());
    }

    /** Whether a file was skipped as damaged and not yet copied aside. */
    public boolean keptAside(Path file) {
        return keptAside.contains(file.toAbsolutePath().normalize());
    }

    /** The copy of a damaged file was made (or it was gone): it may be replaced now. */
    public void keptAsideCopied(Path file) {
        keptAside.remove(file.toAbsolutePath().normalize());
    }

    /** Forgets every change (a project just read from its files). */
    public void clear() {
        frames.clear();
        projectFile = false;
    }
}
