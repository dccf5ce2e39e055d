package org.quiztrainer.transfer.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command line split into its options ({@code --name value}, or a flag) and the rest (the arguments), each option
 * checked against those the command knows.
 */
record CliArgs(Map<String, String> options, List<String> arguments) {

    /** Thrown for a command line that cannot be used; its message says why. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    CliArgs {
        options = Map.copyOf(options);
        arguments = List.copyOf(arguments);
    }

    /** Parses {@code args}: {@code valued} options take the next word, {@code flags} none. */
    static CliArgs parse(List<String> args, Set<String> valued, Set<String> flags) throws UsageException {
        Map<String, String> options = new HashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!a.startsWith("--")) {
                rest.add(a);
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq > 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flags.contains(name) && value == null) {
                options.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args.get(++i);
                }
                if (options.put(name, value) != null) {
                    throw new UsageException("--" + name + " is given twice");
                }
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return new CliArgs(options, rest);
    }

    Optional<String> option(String name) {
        return Optional.ofNullable(options.get(name));
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }
}
