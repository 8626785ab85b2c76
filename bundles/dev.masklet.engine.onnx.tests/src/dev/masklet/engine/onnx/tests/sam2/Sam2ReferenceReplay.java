package dev.masklet.engine.onnx.tests.sam2;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.masklet.engine.onnx.internal.sam2.Sam2FrameListener;
import dev.masklet.engine.onnx.internal.sam2.Sam2FrameResult;
import dev.masklet.engine.onnx.internal.sam2.Sam2Prompt;
import dev.masklet.engine.onnx.internal.sam2.Sam2VideoTracker;

/**
 * Plays the fixture's prompt script ({@code reference.json["prompts"]["events"]}) on a tracker: each "add" is one
 * prompt followed by computing that frame, each "propagate" one propagation; every computed frame is recorded in
 * call order, as the reference recorded them.
 */
final class Sam2ReferenceReplay {
    /** One recorded tracker call: the event that caused it and the frame's results. */
    record Step(String event, Sam2FrameResult result) {
    }

    private Sam2ReferenceReplay() {
    }

    static List<Step> run(Sam2VideoTracker tracker, JsonObject prompts) {
        return run(tracker, prompts, step -> true);
    }

    /**
     * @param keepGoing sees every step as it is made; returning false ends the replay early (a fault test can stop
     *            at the first detected mismatch instead of tracking the whole clip)
     */
    static List<Step> run(Sam2VideoTracker tracker, JsonObject prompts, Predicate<Step> keepGoing) {
        List<Step> steps = new ArrayList<>();
        boolean[] stopped = {false};
        String[] currentEvent = {""};
        Sam2FrameListener record = result -> {
            Step step = new Step(currentEvent[0], result);
            steps.add(step);
            stopped[0] = !keepGoing.test(step);
        };
        for (JsonElement element : prompts.getAsJsonArray("events")) {
            if (stopped[0]) {
                break;
            }
            JsonObject event = element.getAsJsonObject();
            currentEvent[0] = event.get("name").getAsString();
            switch (event.get("kind").getAsString()) {
                case "add" -> record.onFrame(tracker.addPrompt(event.get("frame_idx").getAsInt(),
                        event.get("obj_id").getAsInt(), prompt(event)));
                case "propagate" -> {
                    JsonElement start = event.get("start_frame_idx");
                    OptionalInt startFrame = start == null || start.isJsonNull() ? OptionalInt.empty()
                            : OptionalInt.of(start.getAsInt());
                    tracker.propagate(startFrame, tracker.frameCount(), false, () -> stopped[0], record);
                }
                default -> throw new IllegalArgumentException("unknown event kind in " + event);
            }
        }
        return steps;
    }

    private static Sam2Prompt prompt(JsonObject event) {
        Sam2Prompt prompt = null;
        if (event.has("box")) {
            JsonArray b = event.getAsJsonArray("box");
            prompt = Sam2Prompt.box(b.get(0).getAsFloat(), b.get(1).getAsFloat(), b.get(2).getAsFloat(),
                    b.get(3).getAsFloat());
        }
        if (event.has("points")) {
            JsonArray points = event.getAsJsonArray("points");
            JsonArray labelArray = event.getAsJsonArray("labels");
            float[] xy = new float[2 * points.size()];
            int[] labels = new int[points.size()];
            for (int i = 0; i < points.size(); i++) {
                xy[2 * i] = points.get(i).getAsJsonArray().get(0).getAsFloat();
                xy[2 * i + 1] = points.get(i).getAsJsonArray().get(1).getAsFloat();
                labels[i] = labelArray.get(i).getAsInt();
            }
            prompt = prompt == null ? Sam2Prompt.clicks(xy, labels) : prompt.withClicks(xy, labels);
        }
        if (prompt == null) {
            throw new IllegalArgumentException("add event without box or points: " + event);
        }
        return prompt;
    }
}
