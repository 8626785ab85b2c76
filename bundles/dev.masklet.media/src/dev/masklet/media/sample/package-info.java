/**
 * The synthetic sample scene (a red disk and a blue square moving) and its H.264 writer: the video
 * {@code run-masklet} opens and the tests and {@code masklet-cli sample} generate, with its exact geometry.
 */
package dev.masklet.media.sample;
