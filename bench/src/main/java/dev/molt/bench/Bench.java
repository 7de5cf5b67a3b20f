package dev.molt.bench;

import java.util.Arrays;

/** Entry point of the benchmark jar: {@code parse} (the default) or {@code compile}, then that bench's options. */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("compile")) {
            CompileBench.main(Arrays.copyOfRange(args, 1, args.length));
        } else if (args.length > 0 && args[0].equals("parse")) {
            ParseBench.main(Arrays.copyOfRange(args, 1, args.length));
        } else {
            ParseBench.main(args);
        }
    }
}
