package dev.molt.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * bench/results/parse.json: the last run's numbers, kept in the repository so each run can say how
 * it compares. Flat and hand-written so the benchmark needs no JSON library.
 */
final class ResultFile {
    private ResultFile() {}

    record Result(String date, String cpythonVersion, String javaVersion, int files, long lines, long bytes,
                  int warmupRounds, Timing molt, Timing cpython) {}

    private static final Pattern PREVIOUS_MOLT =
            Pattern.compile("\"molt\"\\s*:\\s*\\{[^}]*\"mb_per_s\"\\s*:\\s*([0-9.eE+-]+)");
    private static final Pattern PREVIOUS_DATE = Pattern.compile("\"date\"\\s*:\\s*\"([^\"]*)\"");

    record Previous(String date, double moltMegabytesPerSecond) {}

    static Previous previous(Path file) {
        try {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = PREVIOUS_MOLT.matcher(json);
            if (!m.find()) return null;
            Matcher d = PREVIOUS_DATE.matcher(json);
            return new Previous(d.find() ? d.group(1) : "?", Double.parseDouble(m.group(1)));
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    static void write(Path file, Result r) throws IOException {
        StringBuilder s = new StringBuilder();
        s.append("{\n");
        s.append("  \"date\": \"").append(r.date()).append("\",\n");
        s.append("  \"cpython\": \"").append(r.cpythonVersion()).append("\",\n");
        s.append("  \"java\": \"").append(r.javaVersion()).append("\",\n");
        s.append("  \"files\": ").append(r.files()).append(",\n");
        s.append("  \"lines\": ").append(r.lines()).append(",\n");
        s.append("  \"bytes\": ").append(r.bytes()).append(",\n");
        s.append("  \"warmup_rounds\": ").append(r.warmupRounds()).append(",\n");
        s.append("  \"rounds\": ").append(r.molt().seconds().size()).append(",\n");
        s.append("  \"molt\": ").append(timing(r.molt(), r.bytes())).append(",\n");
        if (r.cpython() != null) {
            s.append("  \"cpython_ast_parse\": ").append(timing(r.cpython(), r.bytes())).append(",\n");
            s.append("  \"speedup_vs_cpython\": ").append(num(r.cpython().best() / r.molt().best())).append("\n");
        } else {
            s.append("  \"cpython_ast_parse\": null,\n  \"speedup_vs_cpython\": null\n");
        }
        s.append("}\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, s, StandardCharsets.UTF_8);
    }

    private static String timing(Timing t, long bytes) {
        return "{\"best_s\": " + num(t.best()) + ", \"median_s\": " + num(t.median())
                + ", \"mb_per_s\": " + num(t.megabytesPerSecond(bytes)) + "}";
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
