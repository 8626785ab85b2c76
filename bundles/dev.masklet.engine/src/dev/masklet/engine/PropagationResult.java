package dev.masklet.engine;

/**
 * What a propagation did.
 *
 * @param framesComputed frames computed and delivered
 * @param framesRequested frames in the requested range
 * @param cancelled whether it stopped early because it was cancelled
 * @param seconds wall time
 */
public record PropagationResult(int framesComputed, int framesRequested, boolean cancelled, double seconds) {
    public double framesPerSecond() {
        return seconds > 0 ? framesComputed / seconds : 0;
    }
}
