package dev.masklet.app.internal.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} pairs; every option takes exactly one value. */
final class CliOptions {
    private final Map<String, String> values = new HashMap<>();

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
            o.values.put(a.substring(2), args.get(++i));
        }
        return o;
    }

    String get(String name) {
        return values.get(name);
    }

    String require(String name) throws CliException {
        String v = values.get(name);
        if (v == null) {
            throw new CliException("missing --" + name, CliApplication.USAGE);
        }
        return v;
    }
}
