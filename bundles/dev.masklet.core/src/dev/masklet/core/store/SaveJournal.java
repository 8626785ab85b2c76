package dev.masklet.core.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * A small file in the frames folder that exists only while a save runs: it names the frames being written. Found
 * when a project is opened, it tells that the last save was interrupted (its frame files are complete, each was
 * written atomically, but the project file may be older); the next completed save removes it.
 */
final class SaveJournal {
    private SaveJournal() {
    }

    static void begin(Path folder, Set<Integer> frames) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("started", Instant.now().toString());
        JsonArray list = new JsonArray();
        frames.forEach(list::add);
        o.add("frames", list);
        AtomicFiles.write(folder.resolve(ProjectStore.JOURNAL), Json.GSON.toJson(o).getBytes(StandardCharsets.UTF_8));
    }

    static void end(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(ProjectStore.JOURNAL));
    }
}
