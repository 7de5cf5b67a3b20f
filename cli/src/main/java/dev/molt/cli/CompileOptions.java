package dev.molt.cli;

import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.driver.BuildOptions;
import dev.molt.driver.BuildResult;
import dev.molt.driver.Diagnostics;
import dev.molt.frontend.diag.Diagnostic;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** The options `molt build` and `molt run` share: what to compile for, and how hard to optimize. */
final class CompileOptions {

    @Option(names = {"-t", "--target"}, paramLabel = "TARGET", defaultValue = "native",
            converter = TargetConverter.class, description = "native (x86_64 Linux ELF) or wasm (WASI preview 1). Default: native.")
    Target target;

    @Option(names = "-O", paramLabel = "LEVEL", defaultValue = "2",
            description = "Optimization level: -O0, -O2 (default) or -O3.")
    String level;

    BuildOptions buildOptions(picocli.CommandLine.Model.CommandSpec spec) {
        OptLevel opt = switch (level) {
            case "0" -> OptLevel.O0;
            case "2" -> OptLevel.O2;
            case "3" -> OptLevel.O3;
            default -> throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "unknown optimization level -O" + level + " (use -O0, -O2 or -O3)");
        };
        return BuildOptions.of(target, opt);
    }

    /** Prints every diagnostic the way CPython (syntax errors) or Molt (the rest) reports it; true if the build failed. */
    static boolean report(BuildResult result, PrintWriter err) {
        for (Diagnostic d : result.diagnostics()) {
            String text = Diagnostics.render(d);
            err.print(text.endsWith("\n") ? text : text + "\n");
        }
        err.flush();
        return !result.ok();
    }

    static final class TargetConverter implements picocli.CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String value) {
            for (Target t : Target.values()) {
                if (t.id().equals(value)) return t;
            }
            throw new picocli.CommandLine.TypeConversionException("unknown target '" + value + "' (use native or wasm)");
        }
    }
}
