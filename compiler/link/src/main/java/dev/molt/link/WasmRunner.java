package dev.molt.link;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasi.WasiExitException;
import com.dylibso.chicory.wasi.WasiOptions;
import com.dylibso.chicory.wasi.WasiPreview1;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs a WASI command module in this JVM with Chicory: the sandbox DESIGN.md allows on service
 * hosts. The guest sees only the given arguments and streams (no files, no environment, no
 * clock beyond WASI's), its linear memory is capped, and a wall-clock limit interrupts it.
 */
public final class WasmRunner {
    /**
     * @param maxMemoryBytes cap on linear memory, whatever the module declares
     * @param timeout        wall-clock limit, or null for none
     * @param compile        translate to JVM bytecode first (slower start, much faster loops)
     */
    public record Options(long maxMemoryBytes, Duration timeout, boolean compile) {
        public static Options defaults() {
            return new Options(256L << 20, Duration.ofMinutes(1), true);
        }
    }

    /** How a run ended: an exit code, or a trap (then {@code exitCode} is 134, like an abort). */
    public record Result(int exitCode, String trap) {
        public boolean trapped() {
            return trap != null;
        }
    }

    private static final int TRAP_EXIT = 134;
    /** The guest's calls recurse on the Java stack of the running thread. */
    private static final long THREAD_STACK_BYTES = 256L << 20;

    private final Options options;

    public WasmRunner(Options options) {
        this.options = options;
    }

    public Result run(byte[] wasm, String programName, List<String> args, InputStream stdin, OutputStream stdout,
            OutputStream stderr) {
        List<String> argv = new ArrayList<>();
        argv.add(programName);
        argv.addAll(args);
        AtomicReference<Result> result = new AtomicReference<>();
        Thread worker = new Thread(
                null,
                () -> result.set(runHere(wasm, argv, stdin, stdout, stderr)),
                "molt-wasm-" + programName,
                THREAD_STACK_BYTES);
        worker.setDaemon(true);
        worker.start();
        try {
            if (options.timeout() == null) {
                worker.join();
            } else {
                worker.join(options.timeout().toMillis());
                if (worker.isAlive()) {
                    // Both Chicory machines poll the interrupt flag; the run ends with a trap.
                    worker.interrupt();
                    worker.join(5_000);
                    return new Result(TRAP_EXIT, "timeout after " + options.timeout());
                }
            }
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return new Result(TRAP_EXIT, "interrupted");
        }
        return result.get();
    }

    private Result runHere(byte[] wasm, List<String> argv, InputStream stdin, OutputStream stdout, OutputStream stderr) {
        WasiOptions wasiOptions = WasiOptions.builder()
                .withArguments(argv)
                .withStdin(keepOpen(stdin))
                .withStdout(keepOpen(stdout))
                .withStderr(keepOpen(stderr))
                .build();
        try (WasiPreview1 wasi = WasiPreview1.builder().withOptions(wasiOptions).build()) {
            Prepared prepared = PREPARED.get(wasm, options.compile());
            WasmModule module = prepared.module();
            Instance.Builder builder = Instance.builder(module)
                    .withImportValues(ImportValues.builder().addFunction(wasi.toHostFunctions()).build())
                    .withMemoryLimits(memoryLimits(module))
                    .withStart(false);
            if (prepared.machines() != null) {
                builder.withMachineFactory(prepared.machines());
            }
            Instance instance = builder.build();
            instance.export("_start").apply();
            return new Result(0, null);
        } catch (WasiExitException e) {
            return new Result(e.exitCode(), null);
        } catch (ChicoryException | StackOverflowError e) {
            return new Result(TRAP_EXIT, String.valueOf(e.getMessage() != null ? e.getMessage() : e));
        } catch (OutOfMemoryError e) {
            return new Result(TRAP_EXIT, "host out of memory");
        }
    }

    /**
     * A parsed (validated) module and, in compile mode, the factory of its compiled machines. Both are
     * immutable and shared by every instance: each run still gets fresh memory, globals and tables.
     */
    record Prepared(WasmModule module, Function<Instance, Machine> machines) {}

    /**
     * The last few modules this JVM prepared, by content hash. Parsing and compiling the runtime
     * that every module carries costs more CPU than a small program's run (≈0.1–0.4 s and ≈0.3–1 s
     * for a 650 KB module), so running the same bytes again (benchmark rounds, a service re-running a
     * cached build) skips both. Few entries: each holds the module's generated classes.
     */
    static final class PreparedModules {
        private final int capacity;
        private final Map<String, Prepared> entries;

        PreparedModules(int capacity) {
            this.capacity = capacity;
            this.entries = new LinkedHashMap<>(16, 0.75f, true);
        }

        Prepared get(byte[] wasm, boolean compile) {
            String key = ContentHash.of(wasm) + (compile ? ":compiled" : ":interpreted");
            synchronized (this) {
                Prepared hit = entries.get(key);
                if (hit != null) {
                    return hit;
                }
            }
            // Outside the lock: two threads preparing the same new module both work, one result is kept.
            WasmModule module = Parser.parse(wasm);
            Prepared made = new Prepared(module, compile ? MachineFactoryCompiler.compile(module) : null);
            synchronized (this) {
                Prepared raced = entries.putIfAbsent(key, made);
                if (entries.size() > capacity) {
                    entries.remove(entries.keySet().iterator().next());
                }
                return raced != null ? raced : made;
            }
        }

        synchronized int size() {
            return entries.size();
        }
    }

    static final PreparedModules PREPARED = new PreparedModules(4);

    // Chicory closes every descriptor when WASI closes (and the guest may close fd 1 itself);
    // the caller's streams, System.out included, must survive the run.
    private static OutputStream keepOpen(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    private static InputStream keepOpen(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public void close() {}
        };
    }

    /** The module's own limits, with the maximum lowered to the cap. */
    private MemoryLimits memoryLimits(WasmModule module) {
        int capPages = (int) Math.min(MemoryLimits.MAX_PAGES, options.maxMemoryBytes() / LinkOptions.WASM_PAGE);
        MemoryLimits declared = module.memorySection()
                .filter(s -> s.memoryCount() > 0)
                .map(s -> s.getMemory(0).limits())
                .orElse(new MemoryLimits(0, capPages));
        if (declared.initialPages() > capPages) {
            throw new ChicoryException("module needs " + declared.initialPages() + " pages, limit is " + capPages);
        }
        return new MemoryLimits(declared.initialPages(), Math.min(declared.maximumPages(), capPages));
    }
}
