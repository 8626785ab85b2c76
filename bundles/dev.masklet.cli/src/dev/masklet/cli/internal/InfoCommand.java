package dev.masklet.cli.internal;

import java.nio.file.Path;

import com.google.gson.JsonObject;

import dev.masklet.cli.CliException;
import dev.masklet.cli.CliOptions;
import dev.masklet.media.FrameFolderSource;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;

/** {@code masklet-cli info --video FILE | --frames DIR}: what the media is, as one JSON object. */
final class InfoCommand implements CliCommand {
    @Override
    public String name() {
        return "info";
    }

    @Override
    public String usage() {
        return """
                  info --video FILE | --frames DIR
                                                print frames, fps, width, height, codec, rotation (and more) as one
                                                JSON object; width and height are those of the upright picture
                """;
    }

    @Override
    public CliOptions.Spec options() {
        return CliOptions.Spec.values("video", "frames");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws CliException {
        String frames = options.get("frames");
        if (frames == null && options.get("video") == null) {
            throw new CliException("missing --video (or --frames)", CliException.USAGE);
        }
        try (VideoSource source = frames != null ? FrameFolderSource.open(Path.of(frames))
                : VideoSources.open(Path.of(options.get("video")))) {
            JsonObject o = new JsonObject();
            o.addProperty("frames", source.frameCount());
            o.addProperty("fps", source.fps());
            o.addProperty("width", source.width());
            o.addProperty("height", source.height());
            o.addProperty("codec", source.codec());
            o.addProperty("rotation", source.rotation());
            o.addProperty("variable_frame_rate", VideoSources.hasVariableFrameRate(source));
            o.addProperty("duration", VideoSources.durationMicros(source) / 1e6);
            context.out().println(o);
            return 0;
        } catch (MediaException e) {
            throw new CliException(e.getMessage());
        }
    }
}
