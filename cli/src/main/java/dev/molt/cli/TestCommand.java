package dev.molt.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Listed so that {@code molt --help} shows it; the work is Maven's, so the {@code ./molt} launcher
 * runs it before any JVM of ours starts. Reaching this class means the jar was run directly.
 */
@Command(name = "test", description = "Run the whole test suite (done by the ./molt launcher: ./molt test).")
public final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println(
                "molt: 'test' is run by the launcher script: use ./molt test from the repository root");
        return ExitCode.USAGE_OR_IO;
    }
}
