package dev.masklet.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The job's output folder through Hadoop's FileSystem API (file://, hdfs://, s3a://, ...): each item's results in
 * {@code items/<id>/}, which appears whole or not at all. An attempt writes into {@code _attempts/<id>.<unique>/},
 * ends with {@value #RECORD} (the item's summary row) and is then renamed into place; an attempt that finds the item
 * already there (a retry or a speculative copy that lost the race) deletes its own copy. An item is done when its
 * folder holds {@value #RECORD}: a rerun skips it, and a folder without one (left by a store whose rename is not
 * atomic, such as S3) is removed and redone.
 */
final class ItemStore {
    static final String RECORD = "item.json";
    private final FileSystem fs;
    private final Path root;

    ItemStore(String output, Configuration conf) throws IOException {
        this.root = new Path(output);
        this.fs = root.getFileSystem(conf);
        // no .crc file beside every file on a local disk: the reviewer's folders hold what the workbench writes
        fs.setWriteChecksum(false);
    }

    Path itemDir(String id) {
        return new Path(new Path(root, "items"), id);
    }

    FileSystem fs() {
        return fs;
    }

    Path root() {
        return root;
    }

    /** The summary of an item done earlier, if it is complete. */
    Optional<ItemOutcome> done(String id) throws IOException {
        Path record = new Path(itemDir(id), RECORD);
        if (!fs.exists(record)) {
            return Optional.empty();
        }
        try (InputStream in = fs.open(record)) {
            JsonObject o = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            return Optional.of(new ItemOutcome(id, ItemOutcome.SKIPPED, o.get("frames").getAsInt(),
                    o.get("objects").getAsInt(), o.get("seconds").getAsDouble(), ""));
        }
    }

    /** Removes the attempt folders; only when no task of the job runs any more. */
    void removeAttempts() throws IOException {
        fs.delete(new Path(root, "_attempts"), true);
    }

    /** A fresh attempt folder for an item, not yet created. */
    Path attemptDir(String id) {
        return new Path(new Path(root, "_attempts"), id + "." + UUID.randomUUID());
    }

    /**
     * Moves a complete attempt into place.
     *
     * @return false when another attempt had already put the item there (this one is then removed)
     */
    boolean commit(String id, Path attempt, ItemOutcome outcome) throws IOException {
        JsonObject o = new JsonObject();
        o.addProperty("id", id);
        o.addProperty("frames", outcome.frames());
        o.addProperty("objects", outcome.objects());
        o.addProperty("seconds", outcome.seconds());
        try (OutputStream out = fs.create(new Path(attempt, RECORD), false)) {
            out.write(o.toString().getBytes(StandardCharsets.UTF_8));
        }
        Path target = itemDir(id);
        fs.mkdirs(target.getParent());
        if (fs.exists(new Path(target, RECORD))) {
            fs.delete(attempt, true);
            return false;
        }
        if (fs.exists(target)) {
            fs.delete(target, true); // half a copy from a store whose rename is not atomic
        }
        if (!fs.rename(attempt, target)) {
            fs.delete(attempt, true);
            if (!fs.exists(new Path(target, RECORD))) {
                throw new IOException("cannot move " + attempt + " to " + target);
            }
            return false;
        }
        return true;
    }
}
