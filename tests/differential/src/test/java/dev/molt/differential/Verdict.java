package dev.molt.differential;

/** The result of one program on one target: passed, or why not (with a diff when outputs differ). */
record Verdict(boolean passed, String summary, String details) {
    static Verdict pass() {
        return new Verdict(true, "passed", "");
    }

    static Verdict fail(String summary, String details) {
        return new Verdict(false, summary, details);
    }
}
