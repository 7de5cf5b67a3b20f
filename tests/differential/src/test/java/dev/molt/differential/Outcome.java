package dev.molt.differential;

/** What the differential tests compare: stdout exactly, the last stderr line, the exit code. */
record Outcome(int exit, String stdout, String stderr) {
    /** The last non-empty line of stderr: the exception line of a traceback. */
    String lastStderrLine() {
        String[] lines = stderr.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i].stripTrailing();
            }
        }
        return "";
    }
}
