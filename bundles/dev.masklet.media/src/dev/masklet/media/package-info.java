/**
 * Videos and frame folders as {@link dev.masklet.media.VideoSource}s (FFmpeg through JavaCV): exact frame counts,
 * frame-exact random access, rotation, a frame cache bounded in bytes, timeline thumbnails, and
 * {@link dev.masklet.media.VideoFrames}, the one adapter from a video to a {@link dev.masklet.core.image.FrameProvider}.
 * Open them with {@link dev.masklet.media.VideoSources}; bad files give a {@link dev.masklet.media.MediaException}.
 */
package dev.masklet.media;
