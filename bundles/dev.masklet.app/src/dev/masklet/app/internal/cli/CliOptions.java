package dev.masklet.app.internal.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} pairs; every option takes exactly one value and may be repeated. */
final class CliOptions {
    private final Map<String, List<String>> values = new HashMap<>();

    static CliOptions parse(List<String> args) throws CliException {
        CliOptions o = new CliOptions();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                throw new CliException("unexpected argument '" + a + "'", CliApplication.USAGE);
            }
            if (i + 1 >= args.size()) {
                throw new CliException("option " + a + " needs a value", CliApplication.USAGE);
            }
            o.values.computeIfAbsent(a.substring(2), k -> new ArrayList<>()).add(args.get(++i));
        }
        return o;
    }

    /** The last value given for the option, or null. */
    String get(String name) {
        List<String> all = values.get(name);
        return all == null ? null : all.get(all.size() - 1);
    }

    /** Every value given for a repeatable option, in order. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    String require(String name) throws CliException {
        String v = get(name);
        if (v == null) {
            throw new CliException("missing --" + name, CliApplication.USAGE);
        }
        return v;
    }

    /** Comma-separated numbers, exactly {@code count} of them, e.g. {@code 120,80,1}. */
    static double[] numbers(String option, String text, int count) throws CliException {
        String[] parts = text.split(",");
        if (parts.length != count) {
            throw new CliException("--" + option + " needs " + count + " comma-separated numbers, got '" + text + "'",
                    CliApplication.USAGE);
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new CliException("--" + option + ": '" + parts[i] + "' is not a number", CliApplication.USAGE);
            }
        }
        return out;
    }
}
