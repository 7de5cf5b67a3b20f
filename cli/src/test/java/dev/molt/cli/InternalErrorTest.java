package dev.molt.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** A bug in a command shows one line and a hint, exit 70, and no Java stack trace. */
class InternalErrorTest {
    @Command(name = "broken")
    static final class Broken implements Callable<Integer> {
        final Throwable failure;

        Broken(Throwable failure) {
            this.failure = failure;
        }

        @Override
        public Integer call() throws Exception {
            if (failure instanceof Exception e) throw e;
            throw (Error) failure;
        }
    }

    private static void assertInternalError(Throwable failure, String expectedFirstLine) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(new Broken(failure), new String[0], out, err);
        String stderr = err.toString(UTF_8);
        assertEquals(ExitCode.INTERNAL_ERROR, exit);
        assertEquals(expectedFirstLine, stderr.lines().findFirst().orElse(""));
        assertTrue(stderr.contains("bug in Molt"), stderr);
        assertFalse(stderr.contains("\tat "), stderr);
        assertEquals(2, stderr.lines().count(), stderr);
    }

    @Test
    void exceptionInACommand() {
        assertInternalError(new IllegalStateException("no such node\nsecond line"),
                "molt: internal error: java.lang.IllegalStateException: no such node");
    }

    @Test
    void errorInACommand() {
        assertInternalError(new StackOverflowError(), "molt: internal error: java.lang.StackOverflowError");
    }
}
