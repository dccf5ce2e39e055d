package org.quiztrainer.bank.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The arguments of a subcommand: {@code --name value} or {@code --name=value} for options with a
 * value, {@code --name} for switches, and the rest in order. An unknown option, a missing value or an
 * option given twice is a {@link UsageException}; {@code --} ends the options.
 */
final class Options {

    private final Map<String, String> values;
    private final List<String> positional;

    private Options(Map<String, String> values, List<String> positional) {
        this.values = values;
        this.positional = positional;
    }

    /** Reads {@code args} against the options a command knows ({@code true}: takes a value). */
    static Options parse(List<String> args, Map<String, Boolean> known) throws UsageException {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        boolean onlyPositional = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (onlyPositional || !arg.startsWith("--")) {
                positional.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyPositional = true;
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            Boolean takesValue = known.get(name);
            if (takesValue == null) {
                throw new UsageException("unknown option --" + name);
            }
            String value;
            if (!takesValue) {
                if (eq >= 0) {
                    throw new UsageException("--" + name + " takes no value");
                }
                value = "";
            } else if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
            if (values.putIfAbsent(name, value) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        return new Options(values, List.copyOf(positional));
    }

    /** The value of an option, if given. */
    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** Whether a switch was given. */
    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The arguments that are not options, in order. */
    List<String> positional() {
        return positional;
    }

    /** The one optional positional argument (a folder), or {@code fallback}; more than one is an error. */
    String atMostOne(String what, String fallback) throws UsageException {
        if (positional.size() > 1) {
            throw new UsageException("expected at most one " + what + ", got " + String.join(" ", positional));
        }
        return positional.isEmpty() ? fallback : positional.get(0);
    }
}
