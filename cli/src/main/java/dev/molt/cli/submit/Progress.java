package dev.molt.cli.submit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The per-stage lines {@code molt submit} prints while a build runs. Plain text, one line per
 * change, so a CI log reads well; on a terminal the outcome words are coloured (unless NO_COLOR).
 */
public final class Progress {
    private static final String RESET = "\u001b[0m";
    private static final String GREEN = "\u001b[32m";
    private static final String RED = "\u001b[31m";
    private static final String DIM = "\u001b[2m";

    private final PrintWriter out;
    private final boolean colour;

    public Progress(PrintWriter out, boolean colour) {
        this.out = out;
        this.colour = colour;
    }

    /** True when stdout is a terminal and the user did not ask for plain output (https://no-color.org). */
    public static boolean colourWanted() {
        String noColor = System.getenv("NO_COLOR");
        return System.console() != null && (noColor == null || noColor.isEmpty()) && !"dumb".equals(System.getenv("TERM"));
    }

    /**
     * One event of the build's stream: a stage that started or finished. Other events (the
     * submission, the build's end) are summed up by the caller from the build itself.
     */
    public void event(JsonNode e) {
        String stage = word(text(e, "stage"));
        String status = word(text(e, "status"));
        if (stage.isEmpty() || status.isEmpty()) return;
        switch (status) {
            case "running", "started" -> line(stage, "started", null);
            case "succeeded" -> {
                String how = ms(e) + (e.path("cacheHit").asBoolean(false) ? " (cache hit)" : "");
                line(stage, paint(GREEN, "done") + " in " + how, null);
            }
            case "failed" -> line(stage, paint(RED, "failed") + " after " + ms(e), null);
            case "skipped" -> line(stage, paint(DIM, "skipped"), null);
            default -> {
                // pending: nothing to show yet
            }
        }
    }

    /** The build's end, e.g. "build 1a2b SUCCEEDED in 2.31 s". */
    public void finished(String id, String status, long millis) {
        String painted = switch (status) {
            case "SUCCEEDED" -> paint(GREEN, status);
            case "FAILED", "CANCELLED" -> paint(RED, status);
            default -> status;
        };
        out.printf(Locale.ROOT, "molt: build %s %s in %.2f s%n", id, painted, millis / 1000.0);
        out.flush();
    }

    public void note(String text) {
        out.println("molt: " + text);
        out.flush();
    }

    private void line(String stage, String what, String extra) {
        out.printf(Locale.ROOT, "  %-8s %s%s%n", stage, what, extra == null ? "" : " " + extra);
        out.flush();
    }

    private String paint(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String ms(JsonNode e) {
        return e.path("durationMs").asLong(0) + " ms";
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    /** "STAGE_PARSE", "PARSE", "parse" all read as "parse"; "STAGE_SUCCEEDED" as "succeeded". */
    static String word(String s) {
        String w = s.toLowerCase(Locale.ROOT);
        return w.startsWith("stage_") ? w.substring("stage_".length()) : w;
    }
}
