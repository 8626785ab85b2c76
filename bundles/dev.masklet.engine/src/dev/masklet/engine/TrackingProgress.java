package dev.masklet.engine;

/**
 * How far a propagation has got.
 *
 * @param framesDone frames computed so far
 * @param framesTotal frames the propagation will compute unless cancelled
 * @param framesPerSecond mean speed so far
 * @param etaSeconds estimated seconds left at that speed
 */
public record TrackingProgress(int framesDone, int framesTotal, double framesPerSecond, double etaSeconds) {
}
