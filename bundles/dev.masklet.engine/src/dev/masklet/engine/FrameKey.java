package dev.masklet.engine;

/**
 * Names a frame for the engine's embedding cache: the media it comes from (a path or any id that is stable while
 * the media is open) and the frame's index. Two keys are the same frame when both parts are equal.
 */
public record FrameKey(String media, int frame) {
    public FrameKey {
        if (media == null) {
            throw new IllegalArgumentException("a frame key needs the media it belongs to");
        }
    }
}
