package dev.masklet.ui.internal.editor;

import dev.masklet.core.image.RgbImage;

/** Playback's view of the editor: the shown frame, showing a frame read in the background, the play button. */
final class EditorPlaybackHost implements Playback.Host {
    private final MaskOverlayEditor editor;

    EditorPlaybackHost(MaskOverlayEditor editor) {
        this.editor = editor;
    }

    @Override
    public int frameIndex() {
        return editor.frameIndex;
    }

    @Override
    public void show(int index, RgbImage frame) {
        if (!editor.canvas.isDisposed()) {
            editor.showFrame(index, frame);
        }
    }

    @Override
    public void playingChanged(boolean playing) {
        if (!editor.canvas.isDisposed()) {
            editor.timeline.showPlaying(playing);
            editor.setStatus(playing ? "Playing (P to stop)" : "Stopped at frame " + (editor.frameIndex + 1));
        }
    }

    @Override
    public void failed(String message) {
        editor.setStatus(message);
    }
}
