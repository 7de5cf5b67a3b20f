package dev.molt.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** One in-process run of {@code molt}: what a user would see on each stream, and the exit status. */
record CliRun(int exit, String stdout, String stderr) {
    static CliRun of(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(args.toArray(String[]::new), out, err);
        return new CliRun(exit, out.toString(UTF_8), err.toString(UTF_8));
    }

    static CliRun of(String... args) {
        return of(List.of(args));
    }
}
