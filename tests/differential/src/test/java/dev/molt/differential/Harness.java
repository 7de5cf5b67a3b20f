package dev.molt.differential;

import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.driver.BuildOptions;
import dev.molt.driver.BuildResult;
import dev.molt.driver.Diagnostics;
import dev.molt.driver.Driver;
import dev.molt.driver.RunResult;
import dev.molt.driver.Runner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Shared state of one test run: one driver (so each target's runtime is built once), one thread
 * pool sized to the machine's cores, CPython's outcome per program computed once for both targets.
 */
final class Harness {
    private static Harness instance;

    private final Path root;
    private final Driver driver = Driver.standard();
    private final Runner runner = new Runner(Duration.ofSeconds(Long.getLong("molt.differential.timeout", 60)), 256L << 20,
            !"interpret".equals(System.getProperty("molt.differential.wasm", "compile")));
    private final ExecutorService pool;
    private final KnownFailures known;
    private final Map<String, CompletableFuture<Outcome>> cpython = new ConcurrentHashMap<>();

    /** What Molt did with a program: a build failure or a run. */
    record Attempt(String buildFailure, RunResult run) {}

    /** Milliseconds spent per target in builds and in runs, for the summary. */
    private final Map<String, long[]> millis = new ConcurrentHashMap<>();

    String timings() {
        StringBuilder sb = new StringBuilder();
        new java.util.TreeMap<>(millis).forEach((target, t) -> sb.append(String.format(
                "  %-7s %d builds %.1f s total, %d runs %.1f s total%n", target, t[0], t[1] / 1000.0, t[2], t[3] / 1000.0)));
        return sb.toString();
    }

    private void time(Target target, int slot, long startNanos) {
        long[] t = millis.computeIfAbsent(target.id(), k -> new long[4]);
        synchronized (t) {
            t[slot]++;
            t[slot + 1] += (System.nanoTime() - startNanos) / 1_000_000;
        }
    }

    private Harness() throws IOException {
        root = Path.of(System.getProperty("molt.differential.dir", "tests/differential")).toAbsolutePath();
        known = KnownFailures.load(root.resolve("known-failures.txt"));
        int threads = Integer.getInteger("molt.differential.threads", Math.max(1, Runtime.getRuntime().availableProcessors()));
        pool = Executors.newFixedThreadPool(threads, r -> {
            // deep recursion in the compiler and in the wasm interpreter's callers
            Thread t = new Thread(null, r, "molt-differential", 64L << 20);
            t.setDaemon(true);
            return t;
        });
    }

    static synchronized Harness get() {
        if (instance == null) {
            try {
                instance = new Harness();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    Path root() {
        return root;
    }

    Driver driver() {
        return driver;
    }

    ExecutorService pool() {
        return pool;
    }

    KnownFailures known() {
        return known;
    }

    List<Target> targets() {
        String spec = System.getProperty("molt.differential.targets", "native,wasm");
        List<Target> out = new ArrayList<>();
        for (Target t : Target.values()) {
            if (Arrays.asList(spec.split(",")).contains(t.id())) {
                out.add(t);
            }
        }
        return out;
    }

    List<Program> select(List<Program> programs) {
        String only = System.getProperty("molt.differential.only", "");
        if (only.isBlank()) {
            return programs;
        }
        Pattern p = Pattern.compile(only);
        return programs.stream().filter(x -> p.matcher(x.name()).find()).collect(Collectors.toList());
    }

    CompletableFuture<Outcome> cpython(Program p) {
        return cpython.computeIfAbsent(p.name(), n -> CompletableFuture.supplyAsync(() -> {
            try {
                return ReferencePython.run(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }, pool));
    }

    CompletableFuture<Attempt> compileAndRun(Program p, Target target) {
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            BuildResult built = driver.build(p.sources(), p.fileName(), BuildOptions.of(target, OptLevel.O2));
            time(target, 0, start);
            if (!built.ok() || built.executable() == null) {
                String why = built.diagnostics().stream().map(Diagnostics::render).collect(Collectors.joining());
                return new Attempt(why.isEmpty() ? "build produced no executable\n" : why, null);
            }
            try {
                long runStart = System.nanoTime();
                RunResult run = runner.run(built.executable(), p.fileName(), p.args(), p.stdin());
                time(target, 2, runStart);
                return new Attempt(null, run);
            } catch (IOException e) {
                return new Attempt("cannot run: " + e.getMessage() + "\n", null);
            }
        }, pool);
    }

    static Verdict compare(Outcome expected, Attempt attempt) {
        if (attempt.buildFailure() != null) {
            return Verdict.fail("build failed: " + buildProblem(attempt.buildFailure()), attempt.buildFailure());
        }
        RunResult r = attempt.run();
        Outcome actual = new Outcome(r.exitCode(), r.stdoutText(), r.stderrText());
        List<String> problems = new ArrayList<>();
        if (!expected.stdout().equals(actual.stdout())) {
            problems.add("stdout differs");
        }
        if (!expected.lastStderrLine().equals(actual.lastStderrLine())) {
            problems.add("last stderr line differs: expected `" + expected.lastStderrLine() + "`, got `"
                    + actual.lastStderrLine() + "`");
        }
        if (expected.exit() != actual.exit()) {
            problems.add("exit code " + actual.exit() + ", expected " + expected.exit());
        }
        if (r.trap() != null) {
            problems.add(0, "trap: " + r.trap());
        }
        if (problems.isEmpty()) {
            return Verdict.pass();
        }
        StringBuilder details = new StringBuilder();
        if (!expected.stdout().equals(actual.stdout())) {
            details.append(UnifiedDiff.diff("cpython stdout", expected.stdout(), "molt stdout", actual.stdout()));
        }
        if (!actual.stderr().isEmpty()) {
            String err = actual.stderr();
            details.append("molt stderr:\n").append(err.length() > 4000 ? err.substring(err.length() - 4000) : err);
        }
        return Verdict.fail(String.join("; ", problems), details.toString());
    }

    /** The telling line of a build failure: a linker's "error:" line rather than its command line. */
    static String buildProblem(String rendered) {
        String first = DifferentialTest.firstLine(rendered);
        if (!first.startsWith("molt: link failed")) {
            return first;
        }
        for (String line : rendered.split("\n")) {
            int at = line.indexOf("error: ");
            if (at >= 0) {
                return "link failed: " + line.substring(at + "error: ".length()).replace("0.o: ", "");
            }
        }
        return first;
    }

    /** Rewrites known-failures.txt: every failure of this run, keeping reasons already written. */
    void writeKnown(Map<String, String> results) throws IOException {
        List<String> out = new ArrayList<>();
        out.add("# Programs that do not pass yet: `name target reason` (target native, wasm or compile).");
        out.add("# The harness checks that each still fails; remove a line when its program passes.");
        out.add("# Regenerate: mvn ... -Dmolt.differential.writeKnown=true (then review the diff).");
        for (Map.Entry<String, String> e : results.entrySet()) {
            String[] kindAndSummary = e.getValue().split(" ", 2);
            if (kindAndSummary[0].equals(Tally.Kind.PASSED.name()) || kindAndSummary[1].equals("now passes")) {
                continue;
            }
            String[] nameTarget = e.getKey().split(" ");
            // -Dmolt.differential.freshReasons=true replaces reasons that have gone stale
            String reason = Boolean.getBoolean("molt.differential.freshReasons") ? null : known.reason(nameTarget[0], nameTarget[1]);
            if (reason == null) {
                reason = kindAndSummary.length > 1 ? kindAndSummary[1] : "fails";
            }
            if (reason.length() > 200) {
                reason = reason.substring(0, 200) + "...";
            }
            out.add(e.getKey() + " " + reason);
        }
        Files.write(root.resolve("known-failures.txt"), out);
    }
}
