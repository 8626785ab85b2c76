package dev.masklet.engine;

/**
 * Where the engine runs its model, for the UI and CLI to show.
 *
 * @param requested the device the preferences ask for ({@code auto}, {@code cpu} or {@code cuda})
 * @param active the device in use ({@code cpu}, {@code cuda}), or {@code none} before the model is loaded
 * @param message one line for people, e.g. {@code CUDA requested but not available (…); running on CPU}
 */
public record DeviceStatus(String requested, String active, String message) {
    /**
     * Whether the engine runs on another device than the one asked for; {@code auto} takes whichever device works,
     * so it never falls back.
     */
    public boolean isFallback() {
        return !"none".equals(active) && !"auto".equals(requested) && !requested.equals(active);
    }
}
