/**
 * Tracking from prompts, shared by {@code masklet-cli track} and the batch job: the prompts file format
 * ({@link dev.masklet.engine.prompted.TrackPrompts}), how a session is driven through them
 * ({@link dev.masklet.engine.prompted.PromptedTracking}) and how the results become a Masklet project in the
 * workbench's terms ({@link dev.masklet.engine.prompted.TrackedProject}).
 */
package dev.masklet.engine.prompted;
