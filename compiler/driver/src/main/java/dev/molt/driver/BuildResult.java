package dev.molt.driver;

import dev.molt.codegen.ObjectCode;
import dev.molt.codegen.Target;
import dev.molt.frontend.ast.Mod;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.link.Executable;
import java.util.List;

/**
 * Everything one build produced. Artifacts of stages that did not run (an error, or
 * {@code stopAfter}) and intermediate texts that were not asked for are null.
 *
 * @param lastStage  the last stage that completed without errors, or null if parsing failed
 * @param executable the ELF executable or the .wasm module (LINK only)
 */
public record BuildResult(Target target, Stage lastStage, Mod.Module ast, String irText, String llvmText,
                          ObjectCode object, Executable executable, List<Diagnostic> diagnostics) {
    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** No error diagnostics (warnings allowed). */
    public boolean ok() {
        return diagnostics.stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }

    /** The executable's bytes, or null when the build did not link. */
    public byte[] executableBytes() {
        return executable == null ? null : executable.bytes();
    }
}
