package dev.masklet.app.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import com.google.gson.JsonObject;

import dev.masklet.media.FrameFolderSource;
import dev.masklet.media.MediaException;
import dev.masklet.media.VideoSource;
import dev.masklet.media.VideoSources;
import dev.masklet.media.sample.SampleScene;
import dev.masklet.media.sample.SampleVideoWriter;

/** The subcommands of masklet-cli. Output formats are documented in README.md; keep them stable. */
final class CliCommands {
    static final String USAGE_TEXT = """
            usage: masklet-cli <command> [options]
              --version                     print the version
              info --video FILE | --frames DIR
                                            print frames, fps, width, height, codec, rotation (and more) as one
                                            JSON object; width and height are those of the upright picture
              sample --out FILE [--frames N] write the synthetic sample video (a red disk and a blue square moving)
              segment --image I [--point X,Y,LABEL]... [--box X0,Y0,X1,Y1] [--model NAME] --out MASK.png
                                            one mask (255 = object) from clicks and/or a box; prints "score S"
              models                        list installed models and whether each is usable
            """ + ModelsCommand.USAGE + """
              bench-engine [--runs N] [--report FILE]
                                            time the engine against raw ONNX Runtime
            """ + CliExport.USAGE + ImportCommand.USAGE + """
            """ + TrackCommand.USAGE + """
              help                          this text
            """;

    private CliCommands() {
    }

    static int version(PrintStream out) {
        Version v = FrameworkUtil.getBundle(CliCommands.class).getVersion();
        out.println("masklet " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro()
                + (v.getQualifier().isEmpty() ? "" : " (build " + v.getQualifier() + ")"));
        return 0;
    }

    static int info(CliOptions options, PrintStream out) throws CliException {
        String frames = options.get("frames");
        if (frames == null && options.get("video") == null) {
            throw new CliException("missing --video (or --frames)", CliApplication.USAGE);
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
            out.println(o);
            return 0;
        } catch (MediaException e) {
            throw new CliException(e.getMessage());
        }
    }

    static int sample(CliOptions options, PrintStream out) throws CliException {
        Path file = Path.of(options.require("out"));
        int frames = options.get("frames") == null ? SampleScene.standard().frames() : parseInt(options.get("frames"));
        SampleScene standard = SampleScene.standard();
        SampleScene scene = new SampleScene(standard.width(), standard.height(), frames);
        try {
            SampleVideoWriter.write(scene, file, 25);
        } catch (IOException e) {
            throw new CliException(e.getMessage());
        }
        out.println(file.toAbsolutePath());
        return 0;
    }

    private static int parseInt(String s) throws CliException {
        try {
            int v = Integer.parseInt(s);
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliException("expected a positive number, got '" + s + "'", CliApplication.USAGE);
    }
}
