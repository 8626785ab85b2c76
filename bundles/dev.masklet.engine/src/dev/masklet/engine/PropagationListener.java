package dev.masklet.engine;

/** Receives a propagation's results as they are computed, on the thread that called propagate. */
@FunctionalInterface
public interface PropagationListener {
    /** One frame's results for every object. */
    void onFrame(TrackedFrame frame);

    /** Called after each frame. */
    default void onProgress(TrackingProgress progress) {
    }
}
