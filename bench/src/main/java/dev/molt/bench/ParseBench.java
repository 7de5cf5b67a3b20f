package dev.molt.bench;

import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parse throughput over CPython's own Lib/: Molt's parser in one warm JVM against CPython's
 * {@code ast.parse} in one CPython process, same files, same number of rounds, I/O excluded on both
 * sides. Rounds alternate (CPython, Molt, CPython, ...) so that both see the same machine load.
 * Usage: ParseBench [--warmup N] [--rounds N] [--lib DIR] [--results FILE] [--no-cpython]
 */
public final class ParseBench {
    private ParseBench() {}

    private static final double TARGET_SPEEDUP = 5.0;

    public static void main(String[] args) throws Exception {
        int warmup = 3;
        int rounds = 5;
        Path lib = null;
        Path results = Path.of("bench/results/parse.json");
        boolean withCPython = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--lib" -> lib = Path.of(args[++i]);
                case "--results" -> results = Path.of(args[++i]);
                case "--no-cpython" -> withCPython = false;
                default -> {
                    System.err.println("usage: ParseBench [--warmup N] [--rounds N] [--lib DIR] [--results FILE] [--no-cpython]");
                    System.exit(2);
                }
            }
        }
        if (rounds < 1 || warmup < 0) throw new IllegalArgumentException("need --rounds >= 1 and --warmup >= 0");
        Path python = ReferencePython.find();
        String cpythonVersion = ReferencePython.output(python, "import platform; print(platform.python_version())");
        if (lib == null) lib = Path.of(ReferencePython.output(python, "import os; print(os.path.dirname(os.__file__))"));

        System.out.printf("corpus: every .py file under %s that CPython %s parses%n", lib, cpythonVersion);
        try (CPythonParser cpython = new CPythonParser(python, lib)) {
            List<String> names = new ArrayList<>();
            List<byte[]> sources = new ArrayList<>();
            long bytes = 0;
            long lines = 0;
            for (String rel : cpython.files()) {
                Path p = lib.resolve(rel);
                byte[] src = Files.readAllBytes(p);
                names.add(p.toString());
                sources.add(src);
                bytes += src.length;
                lines += countLines(src);
            }
            System.out.printf(Locale.ROOT, "files: %d (CPython rejects %d more), lines: %d, size: %.2f MB%n",
                    sources.size(), cpython.rejected(), lines, bytes / 1e6);
            reportRejects(names, sources);

            List<Double> moltSeconds = new ArrayList<>();
            List<Double> cpythonSeconds = new ArrayList<>();
            for (int r = 0; r < warmup + rounds; r++) {
                boolean measured = r >= warmup;
                if (withCPython) {
                    double s = cpython.round();
                    if (measured) cpythonSeconds.add(s);
                }
                double s = moltRound(names, sources);
                if (measured) moltSeconds.add(s);
            }
            Timing molt = new Timing(moltSeconds);
            Timing cp = withCPython ? new Timing(cpythonSeconds) : null;

            System.out.printf(Locale.ROOT, "rounds: %d warm-up, %d measured, alternating, single-threaded%n", warmup, rounds);
            report("molt", molt, bytes);
            if (cp != null) {
                report("cpython ast.parse", cp, bytes);
                double speedup = cp.best() / molt.best();
                System.out.printf(Locale.ROOT, "speedup vs CPython: %.2fx (target >= %.0fx: %s)%n", speedup,
                        TARGET_SPEEDUP, speedup >= TARGET_SPEEDUP ? "met" : "NOT met");
            }
            ResultFile.Previous previous = ResultFile.previous(results);
            if (previous != null) {
                System.out.printf(Locale.ROOT, "vs previous result (%s): %.2fx (%.1f -> %.1f MB/s)%n", previous.date(),
                        molt.megabytesPerSecond(bytes) / previous.moltMegabytesPerSecond(),
                        previous.moltMegabytesPerSecond(), molt.megabytesPerSecond(bytes));
            } else {
                System.out.println("vs previous result: none recorded yet");
            }
            ResultFile.write(results, new ResultFile.Result(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                    cpythonVersion, System.getProperty("java.version"), sources.size(), lines, bytes, warmup, molt, cp));
            System.out.println("written: " + results);
        }
    }

    /** Files CPython accepts and Molt does not are parity bugs; say so, but keep them in the timing. */
    private static void reportRejects(List<String> names, List<byte[]> sources) {
        int rejects = 0;
        String first = null;
        for (int i = 0; i < sources.size(); i++) {
            if (!Parser.parse(sources.get(i), names.get(i)).ok() && rejects++ == 0) first = names.get(i);
        }
        if (rejects > 0) System.out.printf("note: Molt rejects %d of these files (first: %s)%n", rejects, first);
    }

    private static void report(String who, Timing t, long bytes) {
        System.out.printf(Locale.ROOT, "%-18s best %.3f s, median %.3f s, %.1f MB/s%n", who + ":", t.best(), t.median(),
                t.megabytesPerSecond(bytes));
    }

    /** The sink keeps the JIT from discarding parses whose result is otherwise unused. */
    private static volatile long sink;

    private static double moltRound(List<String> names, List<byte[]> sources) {
        long count = 0;
        long start = System.nanoTime();
        for (int i = 0; i < sources.size(); i++) {
            ParseResult r = Parser.parse(sources.get(i), names.get(i));
            count += r.module() == null ? 0 : r.module().body().size();
        }
        long end = System.nanoTime();
        sink += count;
        return (end - start) / 1e9;
    }

    private static long countLines(byte[] src) {
        long n = 0;
        for (byte b : src) if (b == '\n') n++;
        return src.length > 0 && src[src.length - 1] != '\n' ? n + 1 : n;
    }
}
