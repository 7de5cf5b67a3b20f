package dev.molt.lowering;

import dev.molt.frontend.diag.Diagnostic;
import dev.molt.ir.IrModule;
import java.util.List;

/** The lowering artifact: the IR (null when symbol-table errors stopped the stage) and the problems found. */
public record LowerResult(IrModule module, List<Diagnostic> diagnostics) {
    public LowerResult { diagnostics = List.copyOf(diagnostics); }

    public boolean ok() { return module != null && diagnostics.isEmpty(); }
}
