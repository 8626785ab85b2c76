package dev.masklet.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one command-line parser of masklet-cli and masklet-batch. Each command declares the options it takes
 * ({@link Spec}): flags ({@code --reverse}), options with one value ({@code --out DIR}) and options that may be
 * repeated ({@code --point X,Y,LABEL}). Anything else, a value option without its value, and a one-value option given twice
 * are usage errors (exit 2) with a message naming the option.
 */
public final class CliOptions {
    /** The options one command takes. */
    public record Spec(Set<String> flags, Set<String> values, Set<String> repeatable) {
        /** Options that take one value each. */
        public static Spec values(String... names) {
            return new Spec(Set.of(), Set.of(names), Set.of());
        }

        /** This spec and these flags (options without a value). */
        public Spec withFlags(String... names) {
            return new Spec(union(flags, names), values, repeatable);
        }

        /** This spec and these options that take one value and may be given several times. */
        public Spec withRepeatable(String... names) {
            return new Spec(flags, values, union(repeatable, names));
        }

        private static Set<String> union(Set<String> a, String... b) {
            Set<String> all = new HashSet<>(a);
            all.addAll(List.of(b));
            return Set.copyOf(all);
        }
    }

    private final Map<String, List<String>> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private CliOptions() {
    }

    /**
     * Parses a {@code masklet-cli} command's arguments; an unknown option's message points to
     * {@code masklet-cli help}.
     *
     * @param command the command's name, for the messages
     * @param args the arguments after the command's name
     */
    public static CliOptions parse(String command, List<String> args, Spec spec) throws CliException {
        return parse(command, args, spec, "masklet-cli help");
    }

    /**
     * @param command the command's (or program's) name, for the messages
     * @param args the arguments after the command's name
     * @param help what to run for the list of options, named in an unknown option's message; null names nothing
     *        (e.g. when the caller prints its usage after the message)
     */
    public static CliOptions parse(String command, List<String> args, Spec spec, String help) throws CliException {
        CliOptions o = new CliOptions();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.startsWith("--") ? a.substring(2) : null;
            if (name != null && spec.flags().contains(name)) {
                o.flags.add(name);
            } else if (name != null && (spec.values().contains(name) || spec.repeatable().contains(name))) {
                if (i + 1 >= args.size()) {
                    throw new CliException("option " + a + " needs a value", CliException.USAGE);
                }
                List<String> given = o.values.computeIfAbsent(name, k -> new ArrayList<>());
                if (!given.isEmpty() && !spec.repeatable().contains(name)) {
                    throw new CliException("option " + a + " is given twice", CliException.USAGE);
                }
                given.add(args.get(++i));
            } else {
                throw new CliException(command + ": unknown " + (name != null ? "option" : "argument") + " '" + a
                        + "'" + (help == null ? "" : " (try: " + help + ")"), CliException.USAGE);
            }
        }
        return o;
    }

    /** Whether the flag was given. */
    public boolean has(String flag) {
        return flags.contains(flag);
    }

    /** Whether the value option was given. */
    public boolean given(String name) {
        return values.containsKey(name);
    }

    /** The option's value, or null. */
    public String get(String name) {
        List<String> all = values.get(name);
        return all == null ? null : all.get(0);
    }

    /** Every value given for a repeatable option, in order. */
    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    public String require(String name) throws CliException {
        String v = get(name);
        if (v == null) {
            throw new CliException("missing --" + name, CliException.USAGE);
        }
        return v;
    }

    /** The option's value as a positive whole number, or {@code otherwise} when it was not given. */
    public int positive(String name, int otherwise) throws CliException {
        String s = get(name);
        if (s == null) {
            return otherwise;
        }
        try {
            int v = Integer.parseInt(s.strip());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliException("--" + name + " needs a positive number, got '" + s + "'", CliException.USAGE);
    }

    /** Comma-separated numbers, exactly {@code count} of them, e.g. {@code 120,80,1}. */
    public static double[] numbers(String option, String text, int count) throws CliException {
        String[] parts = text.split(",");
        if (parts.length != count) {
            throw new CliException("--" + option + " needs " + count + " comma-separated numbers, got '" + text + "'",
                    CliException.USAGE);
        }
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new CliException("--" + option + ": '" + parts[i] + "' is not a number", CliException.USAGE);
            }
        }
        return out;
    }
}
