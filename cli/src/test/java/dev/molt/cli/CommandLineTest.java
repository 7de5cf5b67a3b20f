package dev.molt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The command line's own behaviour: help, version, usage errors; never a Java stack trace. */
class CommandLineTest {
    @Test
    void helpListsEverySubcommand() {
        CliRun r = CliRun.of("--help");
        assertEquals(ExitCode.OK, r.exit());
        for (String command : new String[] {"parse", "test", "up", "help"}) {
            assertTrue(r.stdout().lines().anyMatch(l -> l.strip().startsWith(command + " ")), r.stdout());
        }
    }

    @Test
    void helpSubcommandShowsACommandsUsage() {
        CliRun r = CliRun.of("help", "parse");
        assertEquals(ExitCode.OK, r.exit());
        assertTrue(r.stdout().startsWith("Usage: molt parse [--dump-ast] FILE..."), r.stdout());
    }

    @Test
    void versionComesFromThePom() {
        CliRun r = CliRun.of("--version");
        assertEquals(ExitCode.OK, r.exit());
        String first = r.stdout().lines().findFirst().orElse("");
        assertTrue(first.matches("molt \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), first);
    }

    @Test
    void usageErrorsExitTwoWithoutStackTrace() {
        for (String[] args : new String[][] {{"parse"}, {"--no-such-option"}, {"no-such-command"}, {}}) {
            CliRun r = CliRun.of(args);
            assertEquals(ExitCode.USAGE_OR_IO, r.exit(), String.join(" ", args));
            assertTrue(r.stderr().contains("Usage: molt"), r.stderr());
            assertTrue(!r.stderr().contains("\tat "), r.stderr());
        }
    }

    @Test
    void testIsTheLaunchersJob() {
        CliRun r = CliRun.of("test");
        assertEquals(ExitCode.USAGE_OR_IO, r.exit());
        assertTrue(r.stderr().contains("./molt test"), r.stderr());
    }

    @Test
    void upIsTheLaunchersJob() {
        CliRun r = CliRun.of("up");
        assertEquals(ExitCode.USAGE_OR_IO, r.exit());
        assertTrue(r.stderr().contains("./molt up"), r.stderr());
    }
}
