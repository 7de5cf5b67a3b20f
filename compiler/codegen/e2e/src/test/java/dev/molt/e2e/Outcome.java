package dev.molt.e2e;

/** How a program run ended: what the differential comparison looks at. */
record Outcome(int exit, String stdout, String stderr) {
    /** Last non-empty stderr line ("" if none): the exception line of a traceback. */
    String lastStderrLine() {
        String[] lines = stderr.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return lines[i];
            }
        }
        return "";
    }
}
