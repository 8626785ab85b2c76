package dev.masklet.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.masklet.cli.CliException;
import dev.masklet.cli.CliOptions;
import dev.masklet.core.image.RgbImage;
import dev.masklet.engine.EngineException;
import dev.masklet.engine.MaskPrediction;
import dev.masklet.engine.Prompt;
import dev.masklet.engine.SegmentationEngine;
import dev.masklet.engine.SegmentationModels;

/**
 * {@code masklet-cli segment --image I [--point X,Y,LABEL]... [--box X0,Y0,X1,Y1] [--model NAME] --out MASK.png}:
 * one mask from clicks (LABEL 1 = object, 0 = not object) and/or a box; writes the mask (255 = object) at the
 * image's size and prints {@code score <value>}.
 */
final class SegmentCommand implements CliCommand {
    @Override
    public String name() {
        return "segment";
    }

    @Override
    public String usage() {
        return """
                  segment --image I [--point X,Y,LABEL]... [--box X0,Y0,X1,Y1] [--model NAME] --out MASK.png
                                                one mask (255 = object) from clicks and/or a box; prints "score S"
                """;
    }

    @Override
    public CliOptions.Spec options() {
        return CliOptions.Spec.values("image", "box", "model", "out").withRepeatable("point");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws CliException {
        Path image = Path.of(options.require("image"));
        Path target = Path.of(options.require("out"));
        List<Prompt.Point> points = new ArrayList<>();
        for (String p : options.all("point")) {
            double[] v = CliOptions.numbers("point", p, 3);
            if (v[2] != 0 && v[2] != 1) {
                throw new CliException("--point label must be 1 (object) or 0 (not object), got " + p,
                        CliException.USAGE);
            }
            points.add(new Prompt.Point(v[0], v[1], v[2] == 1));
        }
        Prompt.Box box = null;
        if (options.get("box") != null) {
            double[] b = CliOptions.numbers("box", options.get("box"), 4);
            if (b[2] <= b[0] || b[3] <= b[1]) {
                throw new CliException("--box must be X0,Y0,X1,Y1 with X1 > X0 and Y1 > Y0", CliException.USAGE);
            }
            box = new Prompt.Box(b[0], b[1], b[2], b[3]);
        }
        if (points.isEmpty() && box == null) {
            throw new CliException("give at least one --point X,Y,LABEL or a --box X0,Y0,X1,Y1", CliException.USAGE);
        }
        SegmentationEngine defaultEngine = context.services().segmentationEngine();
        String model = options.get("model");
        RgbImage rgb = ImageFiles.read(image);
        for (Prompt.Point p : points) {
            if (p.x() < 0 || p.y() < 0 || p.x() >= rgb.width() || p.y() >= rgb.height()) {
                throw new CliException("point " + p.x() + "," + p.y() + " lies outside the " + rgb.width() + "x"
                        + rgb.height() + " image");
            }
        }
        if (model == null || model.equals(defaultEngine.modelName())) {
            return segment(defaultEngine, rgb, Prompt.of(points, box), target, context);
        }
        // any other model comes from the SegmentationModels services: a SAM 2 model (name or folder), image mode
        return segment(otherModel(model, defaultEngine, context.services()), rgb, Prompt.of(points, box), target,
                context);
    }

    private static SegmentationEngine otherModel(String model, SegmentationEngine defaultEngine,
            CliServices services) throws CliException {
        SegmentationModels models = services.segmentationModels();
        try {
            return models.open(model);
        } catch (EngineException e) {
            throw new CliException("model '" + model + "' is not installed for image segmentation (available: "
                    + defaultEngine.modelName() + " and the SAM 2 models in " + services.modelManager().modelsRoot()
                    + "): " + e.getMessage());
        }
    }

    private static int segment(SegmentationEngine engine, RgbImage rgb, Prompt prompt, Path target,
            CliContext context) throws CliException {
        try {
            MaskPrediction prediction = engine.predict(engine.encode(rgb), prompt);
            if (engine.deviceStatus().isFallback()) {
                context.err().println("masklet-cli: note: " + engine.deviceStatus().message());
            }
            MaskPng.write(prediction.mask(), target);
            context.out().println(String.format(Locale.ROOT, "score %.4f", prediction.score()));
            return 0;
        } catch (EngineException e) {
            throw new CliException(e.getMessage());
        }
    }
}
