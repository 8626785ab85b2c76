package dev.masklet.engine;

import java.nio.file.Path;

/**
 * What {@link ModelManager} found in one installed model folder.
 *
 * @param name the folder's name, which is the name models are opened by
 * @param kind the descriptor's {@code kind} ({@code image}, {@code video}) or {@code unknown}
 * @param folder where it is installed
 * @param state whether it can be used and, if not, which kind of problem it has
 * @param message {@code ok}, or one line for people naming the file and what is wrong with it
 */
public record ModelStatus(String name, String kind, Path folder, State state, String message) {
    /** Problems are listed in the order they are checked: a later check runs only when the earlier ones passed. */
    public enum State {
        OK,
        /** model.json is missing or cannot be read. */
        BAD_DESCRIPTOR,
        /** a file the descriptor lists is not there. */
        MISSING_FILE,
        /** a file has another size or sha256 than the descriptor says. */
        CHECKSUM_MISMATCH,
        /** a graph does not have the inputs and outputs (names, element types, shapes) the descriptor names. */
        WRONG_IO
    }

    public boolean isOk() {
        return state == State.OK;
    }
}
