package dev.masklet.engine.onnx.tests.bench;

/** What makes a {@link RealPhotoClip} hard for a tracker; a clip has one or more. */
public enum Challenge {
    /** A real-photo object with texture over a real-photo background with texture. */
    TEXTURED_BACKGROUND,
    /** The object is cut from the same photo (or the same colours) as the background it moves over. */
    CAMOUFLAGE,
    /** Cut-outs from the same photo or of the same kind near the tracked object, some of them untracked. */
    LOOK_ALIKES,
    /** The object grows or shrinks by a factor of two or more and turns. */
    SCALE_AND_ROTATION,
    /** Tens of pixels per frame, with motion blur. */
    FAST_MOTION_BLUR,
    /** The whole scene darkens and changes colour, and a shadow moves over the objects. */
    LIGHTING_CHANGE,
    /** The object bends, stretches, squashes or moves a limb. */
    DEFORMATION,
    /** Part of the object is outside the frame for a while. */
    PARTLY_OUTSIDE,
    /** A foreground cut-out or another object hides part of the object. */
    PARTIAL_OCCLUSION,
    /** A foreground cut-out hides the whole object for several frames. */
    FULL_OCCLUSION,
    /** The object leaves the frame and comes back. */
    EXIT_AND_RETURN,
    /** Objects of about 15 to 30 pixels. */
    SMALL_OBJECTS,
    /** Three to five tracked objects at once. */
    MANY_OBJECTS,
    /** The camera pans and zooms: the background moves too. */
    CAMERA_MOTION,
    /**
     * The video cuts to another shot, as edited footage does: an object may be elsewhere in it, or not in it while
     * something like it is where it was.
     */
    SHOT_CUT
}
