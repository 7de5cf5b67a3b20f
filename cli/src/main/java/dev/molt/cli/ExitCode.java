package dev.molt.cli;

/** Process exit statuses of the {@code molt} command, one meaning each (sysexits-style where one fits). */
public final class ExitCode {
    private ExitCode() {}

    /** Everything asked for succeeded. */
    public static final int OK = 0;
    /** The input is not valid (for example a syntax error): the user's program needs a change. */
    public static final int INVALID_INPUT = 1;
    /** The command could not do its work: bad usage, or a file that cannot be read. */
    public static final int USAGE_OR_IO = 2;
    /** A bug in Molt itself (EX_SOFTWARE); the message asks for a report. */
    public static final int INTERNAL_ERROR = 70;
}
