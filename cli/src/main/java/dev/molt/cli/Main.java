package dev.molt.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of {@code molt}: sets up UTF-8 streams, runs one command, never shows a Java stack trace. */
public final class Main {
    private Main() {}

    /**
     * Recursive descent over deeply nested source (and later lowering) needs more stack than the
     * launcher's main thread may have; a thread's own stack size is the one setting we control in-process.
     */
    private static final long STACK_BYTES = 1L << 30;

    public static void main(String[] args) {
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream err = new FileOutputStream(FileDescriptor.err);
        int[] status = {ExitCode.INTERNAL_ERROR};
        Thread worker = new Thread(null, () -> status[0] = run(args, out, err), "molt", STACK_BYTES);
        worker.start();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(status[0]);
    }

    /** Runs {@code molt args...} writing to the given streams (tests call this in-process); returns the exit status. */
    public static int run(String[] args, OutputStream stdout, OutputStream stderr) {
        return run(new MoltCommand(), args, stdout, stderr);
    }

    /** Runs any picocli command object; tests use it to check what a failing command shows. */
    static int run(Object command, String[] args, OutputStream stdout, OutputStream stderr) {
        // stdout is buffered (AST dumps run to megabytes); stderr flushes each line so errors show at once.
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, UTF_8), 1 << 16), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, UTF_8), true);
        try {
            CommandLine cl = new CommandLine(command);
            cl.setOut(out);
            cl.setErr(err);
            // "@name" arguments are file names here, not picocli argument files
            cl.setExpandAtFiles(false);
            cl.setExecutionExceptionHandler((ex, cmd, parsed) -> internalError(ex, out, err));
            cl.setParameterExceptionHandler(Main::usageError);
            return cl.execute(args);
        } catch (Throwable t) {
            return internalError(t, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Like picocli's default, but the usage is shown even when a "did you mean" suggestion is. */
    private static int usageError(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        cmd.usage(err);
        return ExitCode.USAGE_OR_IO;
    }

    private static int internalError(Throwable t, PrintWriter out, PrintWriter err) {
        out.flush();
        String what = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        err.println("molt: internal error: " + what.lines().findFirst().orElse(what));
        if ("1".equals(System.getenv("MOLT_DEBUG"))) {
            t.printStackTrace(err);
        } else {
            err.println("molt: this is a bug in Molt; please report it with the command and its input"
                    + " (MOLT_DEBUG=1 shows the Java stack trace)");
        }
        err.flush();
        return ExitCode.INTERNAL_ERROR;
    }
}
