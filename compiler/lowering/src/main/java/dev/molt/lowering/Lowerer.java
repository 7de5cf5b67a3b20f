package dev.molt.lowering;

import dev.molt.frontend.ast.Mod;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.ir.IrModule;
import dev.molt.ir.passes.RedundantBoundChecks;
import dev.molt.ir.passes.SpillAcrossYields;
import dev.molt.lowering.scope.SymbolTable;
import java.util.List;

/** The lowering stage: AST of one module -> symbol tables -> Molt IR. Never throws. */
public final class Lowerer {
    private Lowerer() {}

    public static LowerResult lower(Mod.Module module, LowerOptions options) {
        SourceMap src = new SourceMap(options.file(), options.source());
        try {
            SymbolTable st = SymbolTable.build(module, src);
            if (!st.ok()) return new LowerResult(null, st.diagnostics());
            ModuleLowering ml = new ModuleLowering(options, src, st);
            IrModule ir = ml.run(module);
            if (ir != null) ir = SpillAcrossYields.run(RedundantBoundChecks.run(ir));
            return new LowerResult(ir, ml.diagnostics);
        } catch (RuntimeException | StackOverflowError e) {
            // A bug in the lowering must surface as a diagnostic, never as a crash of the caller.
            Diagnostic d = Diagnostic.error("internal", "internal compiler error in lowering: " + e, options.file(), 0, 0, 0, 0, null);
            return new LowerResult(null, List.of(d));
        }
    }
}
