package dev.molt.cli;

import dev.molt.codegen.Target;
import dev.molt.driver.BuildResult;
import dev.molt.driver.Driver;
import dev.molt.driver.SourceSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code molt build}: the four stages in this process, writing an executable or a .wasm module. */
@Command(name = "build", description = {
        "Compile a Python 3.12 program to a native executable or a WASI module.",
        "Compile errors are printed (syntax errors exactly as python3.12 prints them) and nothing is written.",
        "Exit status: 0 built, 1 the program cannot be compiled, 2 usage error or unreadable file."})
public final class BuildCommand implements Callable<Integer> {
    @Mixin
    CompileOptions compile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Output file. Default: FILE without .py (native) or with .wasm instead (wasm).")
    Path output;

    @Option(names = "--emit-ir", description = "Also write the Molt IR as text to OUT.ir.")
    boolean emitIr;

    @Option(names = "--emit-llvm", description = "Also write the optimized LLVM IR to OUT.ll.")
    boolean emitLlvm;

    @Parameters(paramLabel = "FILE", description = "The program's main module; modules it imports are compiled from its folder.")
    String file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        // the entry module must be readable: said in the command line's words
        if (InputFile.readOrReport(file, err) == null) return ExitCode.USAGE_OR_IO;
        // The modules it imports are read from the file's folder, as python3.12 FILE finds them.
        BuildResult result = Driver.standard().build(SourceSet.fileSystem(), file,
                compile.buildOptions(spec).withEmitIr(emitIr).withEmitLlvm(emitLlvm));
        if (CompileOptions.report(result, err)) return ExitCode.INVALID_INPUT;
        Path out = output != null ? output : defaultOutput(file, compile.target);
        Files.write(out, result.executableBytes());
        if (compile.target == Target.NATIVE) out.toFile().setExecutable(true);
        if (emitIr) Files.writeString(sibling(out, ".ir"), result.irText());
        if (emitLlvm) Files.writeString(sibling(out, ".ll"), result.llvmText());
        return ExitCode.OK;
    }

    static Path defaultOutput(String file, Target target) {
        String stem = file.endsWith(".py") ? file.substring(0, file.length() - 3) : file;
        return Path.of(target == Target.WASM ? stem + ".wasm" : stem);
    }

    private static Path sibling(Path out, String suffix) {
        return out.resolveSibling(out.getFileName() + suffix);
    }
}
