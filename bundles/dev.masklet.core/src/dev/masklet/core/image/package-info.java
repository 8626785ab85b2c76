/**
 * Images as Masklet passes them between bundles: {@link dev.masklet.core.image.RgbImage} (packed 8-bit RGB) and
 * {@link dev.masklet.core.image.FrameProvider}, the frames of a video by index as trackers and exporters read them.
 */
package dev.masklet.core.image;
