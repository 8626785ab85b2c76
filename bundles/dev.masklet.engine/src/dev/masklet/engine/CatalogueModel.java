package dev.masklet.engine;

/**
 * One model Masklet knows how to install (its descriptor ships with Masklet), for a list a user picks from.
 *
 * @param name the folder name it installs as (e.g. {@code sam2.1-hiera-tiny})
 * @param title what it is, in a few words
 * @param kind {@code video} (a SAM 2 tracker) or {@code image} (an image segmentation model)
 * @param downloadMb about how many MB its files take
 * @param cpuSecondsPerFrame expected seconds per tracked frame with one object on 2 CPU threads
 * @param cpuSpeedBasis how that figure was measured
 * @param license the licence of its weights
 * @param installed whether it is installed and usable in the models folder
 * @param fromCheckpoint whether {@link ModelManager#installFromCheckpoint} installs it with no further questions
 *            (from the official checkpoint its descriptor names); otherwise it is installed from an address or folder
 *            the user gives ({@link ModelManager#install})
 * @param installable whether this build can install it: false for a model installed from its checkpoint whose graph
 *            templates are not in this build, the same check by which {@link ModelManager#installFromCheckpoint}
 *            refuses it before any download (so a list can say so before the user tries)
 */
public record CatalogueModel(String name, String title, String kind, double downloadMb, double cpuSecondsPerFrame,
        String cpuSpeedBasis, String license, boolean installed, boolean fromCheckpoint, boolean installable) {
}
