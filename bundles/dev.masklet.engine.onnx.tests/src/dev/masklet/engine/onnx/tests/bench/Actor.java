package dev.masklet.engine.onnx.tests.bench;

/**
 * One cut-out moving through a clip. Actors are drawn in the clip's order, later ones in front.
 *
 * @param id the tracked object's id (1, 2, ...), or a negative number for what is not tracked: look-alike
 *            distractors and foreground occluders
 * @param label what it is, for reports
 * @param cutOut its pixels and mask
 * @param motion its path in frame pixels; scale 1 is the cut-out's own size
 * @param deformation how it bends or stretches over time
 * @param motionBlur whether its motion smears it (as a camera's exposure does)
 */
public record Actor(int id, String label, CutOut cutOut, Motion motion, Deformation deformation,
        boolean motionBlur) {

    public boolean tracked() {
        return id > 0;
    }

    public static Actor rigid(int id, String label, CutOut cutOut, Motion motion) {
        return new Actor(id, label, cutOut, motion, Deformation.NONE, false);
    }
}
