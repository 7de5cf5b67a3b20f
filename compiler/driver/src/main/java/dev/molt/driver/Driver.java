package dev.molt.driver;

import dev.molt.codegen.ObjectCode;
import dev.molt.codegen.Target;
import dev.molt.frontend.ast.Mod;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.ir.IrModule;
import dev.molt.ir.IrPrinter;
import dev.molt.link.BundledRuntime;
import dev.molt.link.Executable;
import dev.molt.link.LinkOptions;
import dev.molt.link.Linker;
import dev.molt.link.RuntimeBuilder;
import dev.molt.link.RuntimeLibrary;
import dev.molt.link.RuntimeSources;
import dev.molt.link.Toolchain;
import dev.molt.link.ToolchainException;
import dev.molt.lowering.LowerOptions;
import dev.molt.lowering.LowerResult;
import dev.molt.lowering.Lowerer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The whole compile chain in this process: parse, lower, codegen, link. Used by the CLI and the
 * tests. {@link #build} never throws: every failure, a bug in a stage included, is a diagnostic.
 *
 * <p>One driver builds the runtime library at most once per target (the link module also caches
 * it on disk) and may be shared by threads.
 */
public final class Driver {
    /** Makes the toolchain on first use: extracting the bundled clang takes seconds. */
    public interface ToolchainSource {
        Toolchain get() throws ToolchainException;
    }

    private final ToolchainSource toolchainSource;
    private final RuntimeSources explicitRuntime;
    private final LinkOptions linkOptions;
    private final Map<Target, RuntimeLibrary> runtimes = new EnumMap<>(Target.class);
    private Toolchain toolchain;

    /**
     * @param runtime the runtime's C sources, or null for the runtime bundled in molt-link
     */
    public Driver(ToolchainSource toolchain, RuntimeSources runtime, LinkOptions linkOptions) {
        this.toolchainSource = toolchain;
        this.explicitRuntime = runtime;
        this.linkOptions = linkOptions;
    }

    /** The bundled clang/lld, Molt's default cache folder, the bundled runtime, default link options. */
    public static Driver standard() {
        return new Driver(Toolchain::bundled, null, LinkOptions.defaults());
    }

    /** Builds a one-file program: its imports can reach only the runtime's built-in modules. */
    public BuildResult build(byte[] source, String filename, BuildOptions options) {
        return build(SourceSet.single(filename, source), filename, options);
    }

    /**
     * Builds the program whose entry module ({@code __main__}) is {@code entry} in {@code sources},
     * with every module its imports reach in the entry's folder (decision 0039).
     */
    public BuildResult build(SourceSet sources, String entry, BuildOptions options) {
        Builder b = new Builder(entry, options);
        try {
            b.run(sources);
        } catch (IOException e) {
            b.diagnostics.add(Diagnostics.error(Diagnostics.INPUT, "cannot read the program's files: " + e.getMessage(), entry));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            b.diagnostics.add(Diagnostics.internal(entry, b.running.name().toLowerCase(), e));
        }
        return b.result();
    }

    /** Links one object with the runtime library of its target (the link stage alone). */
    public Executable link(ObjectCode object) throws ToolchainException {
        return new Linker(toolchain()).link(List.of(object), runtime(object.target()), linkOptions);
    }

    /** The runtime library for a target, built on first use. */
    public synchronized RuntimeLibrary runtime(Target target) throws ToolchainException {
        RuntimeLibrary lib = runtimes.get(target);
        if (lib == null) {
            Toolchain tools = toolchain();
            RuntimeSources sources = explicitRuntime != null ? explicitRuntime : BundledRuntime.sources(tools.cacheDir());
            lib = new RuntimeBuilder(tools).build(sources, target);
            runtimes.put(target, lib);
        }
        return lib;
    }

    private synchronized Toolchain toolchain() throws ToolchainException {
        if (toolchain == null) {
            toolchain = toolchainSource.get();
        }
        return toolchain;
    }

    /** The state of one build; stages append diagnostics and stop the chain on errors. */
    private final class Builder {
        final String filename;
        final BuildOptions options;
        final List<Diagnostic> diagnostics = new ArrayList<>();
        Stage running = Stage.PARSE;
        Stage completed;
        Mod.Module ast;
        String irText;
        String llvmText;
        ObjectCode object;
        Executable executable;

        Builder(String filename, BuildOptions options) {
            this.filename = filename;
            this.options = options;
        }

        void run(SourceSet sources) throws IOException {
            ProgramLoader loaded = ProgramLoader.load(sources, filename);
            diagnostics.addAll(loaded.diagnostics);
            List<ProgramLoader.Module> modules = loaded.modules();
            if (!loaded.ok()) {
                return;
            }
            ast = modules.get(0).parsed().module();
            if (!finish(Stage.PARSE)) {
                return;
            }

            running = Stage.LOWER;
            Set<String> names = new TreeSet<>();
            modules.forEach(m -> names.add(m.name()));
            List<IrModule> ir = new ArrayList<>();
            StringBuilder irTexts = new StringBuilder();
            boolean lowerOk = true;
            for (ProgramLoader.Module m : modules) {
                LowerResult lowered = Lowerer.lower(m.parsed().module(), new LowerOptions(m.name(), m.file(),
                        m.parsed().source().text(), m.isPackage(), names));
                diagnostics.addAll(lowered.diagnostics());
                lowerOk &= lowered.ok();
                if (lowered.module() != null) {
                    ir.add(lowered.module());
                    irTexts.append(IrPrinter.print(lowered.module()));
                }
            }
            if (options.emitIr() && !ir.isEmpty()) {
                irText = irTexts.toString();
            }
            if (!lowerOk || !finish(Stage.LOWER)) {
                return;
            }

            running = Stage.CODEGEN;
            Target target = options.target();
            try {
                if (options.emitLlvm()) {
                    llvmText = CodegenStage.emitLlvm(ir, target, options.optLevel());
                }
                object = CodegenStage.generate(ir, target, options.optLevel());
            } catch (CodegenStage.Failure e) {
                String code = e.getMessage().startsWith("internal") ? Diagnostics.INTERNAL : Diagnostics.CODEGEN;
                diagnostics.add(Diagnostics.error(code, e.getMessage(), filename));
                return;
            }
            if (!finish(Stage.CODEGEN)) {
                return;
            }

            running = Stage.LINK;
            try {
                executable = link(object);
            } catch (ToolchainException e) {
                diagnostics.add(Diagnostics.error(Diagnostics.TOOLCHAIN, "link failed: " + e.getMessage(), filename));
                return;
            }
            finish(Stage.LINK);
        }

        /** Records a completed stage; true if the chain goes on. */
        boolean finish(Stage stage) {
            completed = stage;
            return stage != options.stopAfter();
        }

        BuildResult result() {
            return new BuildResult(options.target(), completed, ast, irText, llvmText, object, executable, diagnostics);
        }
    }
}
