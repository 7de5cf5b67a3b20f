package dev.molt.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code molt} command. Each subcommand is its own small class; adding one is a line
 * in {@code subcommands} below.
 */
@Command(
        name = "molt",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Molt compiles Python 3.12 programs ahead of time to native executables and WebAssembly.",
        subcommands = {ParseCommand.class, BuildCommand.class, RunCommand.class, SubmitCommand.class, TokenCommand.class, TestCommand.class, UpCommand.class, HelpCommand.class},
        footer = {"", "Exit status: 0 success, 1 invalid input (e.g. a syntax error), 2 usage or I/O error, "
                + "70 internal error."})
public final class MoltCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** {@code molt} alone shows the help rather than doing nothing silently. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE_OR_IO;
    }
}
