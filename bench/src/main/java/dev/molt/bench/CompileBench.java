package dev.molt.bench;

import dev.molt.bench.CompileResults.Program;
import dev.molt.bench.CompileResults.Time;
import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.driver.BuildOptions;
import dev.molt.driver.BuildResult;
import dev.molt.driver.Diagnostics;
import dev.molt.driver.Driver;
import dev.molt.link.Executable;
import dev.molt.link.WasmRunner;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The compile path against CPython 3.12 on bench/programs/*.py: build time (in-process driver,
 * -O2, median of N after one warm-up), binary sizes, and run times of the native executable, of the
 * WASM module under Chicory in this JVM, and of CPython (median of N runs each, rounds alternating
 * so that a change in machine load hits every side alike). A program whose output differs from
 * CPython's is reported and not timed. Prints a table of ratios and the change against the
 * previous result, then overwrites that result.
 * Usage: CompileBench [--programs DIR] [--results FILE] [--only REGEX] [--builds N] [--runs N]
 */
final class CompileBench {
    private CompileBench() {}

    private static final long RUN_TIMEOUT_SECONDS = 900;
    private static final WasmRunner.Options WASM = new WasmRunner.Options(1L << 30, Duration.ofSeconds(RUN_TIMEOUT_SECONDS), true);

    public static void main(String[] args) throws Exception {
        Path programs = Path.of("bench/programs");
        Path results = Path.of("bench/results/compile.json");
        Pattern only = null;
        int builds = 3;
        int runs = 3;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--programs" -> programs = Path.of(args[++i]);
                case "--results" -> results = Path.of(args[++i]);
                case "--only" -> only = Pattern.compile(args[++i]);
                case "--builds" -> builds = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: bench/run compile [--programs DIR] [--results FILE] [--only REGEX] [--builds N] [--runs N]");
                    System.exit(2);
                }
            }
        }
        if (builds < 1 || runs < 1) throw new IllegalArgumentException("need --builds >= 1 and --runs >= 1");
        Path python = ReferencePython.find();
        String cpythonVersion = ReferencePython.output(python, "import platform; print(platform.python_version())");
        List<Path> files;
        try (Stream<Path> s = Files.list(programs)) {
            Pattern filter = only;
            files = s.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> filter == null || filter.matcher(p.getFileName().toString()).find())
                    .sorted().collect(Collectors.toList());
        }
        String machine = Machine.describe();
        System.out.printf("programs: %d from %s; CPython %s; Java %s; %s%n", files.size(), programs, cpythonVersion,
                System.getProperty("java.version"), machine);
        System.out.printf("builds: -O2, median of %d after 1 warm-up; runs: median of %d (WASM: after its first run)%n", builds, runs);

        Driver driver = Driver.standard();
        List<Program> measured = new ArrayList<>();
        try (TimedProcess processes = new TimedProcess(python, RUN_TIMEOUT_SECONDS)) {
            Strip strip = Strip.find();
            for (Path file : files) {
                ProgramBench one = new ProgramBench(driver, processes, strip, python, builds, runs);
                Program p = one.measure(file);
                measured.add(p);
                System.out.println("  " + p.name() + ": " + (p.problem() == null ? "ok" : p.problem()));
            }
        }
        System.out.println("load average now: " + Machine.loadAverage());
        Optional<CompileResults.Run> previous = CompileResults.read(results);
        CompileResults.Run run = new CompileResults.Run(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), machine,
                cpythonVersion, System.getProperty("java.version"), "Chicory in this JVM, runtime compiler (MachineFactoryCompiler)",
                builds, runs, measured);
        System.out.print(CompileTable.render(run, previous.orElse(null)));
        CompileResults.write(results, run);
        System.out.println("written: " + results);
    }

    /** Measures one program; never throws for a program's own failure, which becomes its problem text. */
    private record ProgramBench(Driver driver, TimedProcess processes, Strip strip, Path python, int builds, int runs) {
        Program measure(Path file) throws IOException {
            String name = file.getFileName().toString().replaceFirst("\\.py$", "");
            byte[] source = Files.readAllBytes(file);
            String fileName = file.getFileName().toString();
            Build nativeBuild = build(source, fileName, Target.NATIVE);
            Build wasmBuild = build(source, fileName, Target.WASM);
            List<String> problems = new ArrayList<>();
            if (nativeBuild.failure != null) problems.add("native build failed: " + nativeBuild.failure);
            if (wasmBuild.failure != null) problems.add("wasm build failed: " + wasmBuild.failure);

            Path work = Files.createTempDirectory("molt-bench-");
            try {
                Path exe = null;
                Long stripped = null;
                if (nativeBuild.failure == null) {
                    exe = nativeBuild.executable.writeTo(work.resolve(name));
                    if (!exe.toFile().setExecutable(true, true)) throw new IOException("cannot make " + exe + " executable");
                    stripped = strip.strippedSize(exe, work);
                }
                List<String> cpythonCommand = List.of(python.toString(), "-I", file.toAbsolutePath().toString());
                List<RunSample> cp = new ArrayList<>();
                List<RunSample> nat = new ArrayList<>();
                List<RunSample> wasm = new ArrayList<>();
                RunSample wasmFirst = null;
                if (wasmBuild.failure == null) {
                    wasmFirst = runWasm(wasmBuild.executable.bytes(), fileName);
                }
                for (int r = 0; r < runs; r++) {
                    cp.add(processes.run(cpythonCommand, work));
                    if (exe != null) nat.add(processes.run(List.of(exe.toString()), work));
                    if (wasmFirst != null) wasm.add(runWasm(wasmBuild.executable.bytes(), fileName));
                }
                RunSample expected = cp.get(0);
                if (expected.exitCode() != 0) problems.add("CPython exited with " + expected.exitCode());
                boolean nativeOk = exe != null && check("native", expected, nat, problems);
                List<RunSample> wasmAll = new ArrayList<>(wasm);
                if (wasmFirst != null) wasmAll.add(wasmFirst);
                boolean wasmOk = wasmFirst != null && check("wasm", expected, wasmAll, problems);
                return new Program(name, problems.isEmpty() ? null : String.join("; ", problems),
                        nativeOk ? nativeBuild.medianSeconds : null, wasmOk ? wasmBuild.medianSeconds : null,
                        nativeOk ? (long) nativeBuild.executable.size() : null, nativeOk ? stripped : null,
                        wasmOk ? (long) wasmBuild.executable.size() : null, median(cp),
                        nativeOk ? median(nat) : null, wasmOk ? median(wasm) : null,
                        wasmOk ? new Time(wasmFirst.wallSeconds(), wasmFirst.cpuSeconds()) : null);
            } finally {
                try (Stream<Path> s = Files.list(work)) {
                    for (Path p : s.collect(Collectors.toList())) Files.deleteIfExists(p);
                }
                Files.deleteIfExists(work);
            }
        }

        private record Build(Executable executable, double medianSeconds, String failure) {}

        private Build build(byte[] source, String fileName, Target target) {
            BuildOptions options = BuildOptions.of(target, OptLevel.O2);
            List<Double> seconds = new ArrayList<>();
            Executable last = null;
            for (int i = 0; i <= builds; i++) {
                long start = System.nanoTime();
                BuildResult r = driver.build(source, fileName, options);
                long end = System.nanoTime();
                if (!r.ok() || r.executable() == null) {
                    String why = r.diagnostics().stream().map(Diagnostics::render).collect(Collectors.joining()).strip();
                    return new Build(null, 0, why.isEmpty() ? "no executable" : why);
                }
                if (i > 0) seconds.add((end - start) / 1e9);  // build 0 warms the JIT and the runtime cache
                last = r.executable();
            }
            return new Build(last, new Timing(seconds).median(), null);
        }

        /** In this JVM, as `molt run -t wasm` does; CPU time is the whole process's (JIT and GC included). */
        private RunSample runWasm(byte[] wasm, String fileName) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            WasmRunner.Result r = new WasmRunner(WASM).run(wasm, fileName, List.of(), new ByteArrayInputStream(new byte[0]),
                    out, ByteArrayOutputStream.nullOutputStream());
            long wall1 = System.nanoTime();
            long cpu1 = os.getProcessCpuTime();
            return new RunSample(r.exitCode(), out.toByteArray(), (wall1 - wall0) / 1e9, (cpu1 - cpu0) / 1e9);
        }

        private static boolean check(String target, RunSample expected, List<RunSample> samples, List<String> problems) {
            for (RunSample s : samples) {
                if (!s.sameOutput(expected)) {
                    problems.add(target + " output differs from CPython's (exit " + s.exitCode() + ", expected "
                            + expected.exitCode() + ", " + s.stdout().length + " vs " + expected.stdout().length + " bytes of stdout)");
                    return false;
                }
            }
            return true;
        }

        private static Time median(List<RunSample> samples) {
            Function<Function<RunSample, Double>, Double> of = f -> new Timing(samples.stream().map(f).collect(Collectors.toList())).median();
            return new Time(of.apply(RunSample::wallSeconds), of.apply(RunSample::cpuSeconds));
        }
    }
}
