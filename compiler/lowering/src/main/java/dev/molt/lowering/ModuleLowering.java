package dev.molt.lowering;

import dev.molt.frontend.ast.Mod;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.ir.FunctionBuilder;
import dev.molt.ir.IrFunction;
import dev.molt.ir.IrModule;
import dev.molt.ir.Terminator;
import dev.molt.lowering.scope.SymbolTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Lowering of one module: owns the function list, unique ids and the diagnostics. */
final class ModuleLowering {
    final LowerOptions options;
    final SourceMap source;
    final SymbolTable symbols;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<IrFunction> functions = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    ModuleLowering(LowerOptions options, SourceMap source, SymbolTable symbols) {
        this.options = options;
        this.source = source;
        this.symbols = symbols;
    }

    IrModule run(Mod.Module m) {
        int index = reserve();
        FunctionBuilder fb = new FunctionBuilder(uniqueId("<module>"), "<module>", "<module>", 1);
        FunctionLowering fl = new FunctionLowering(this, symbols.module(), fb);
        fl.line = 1;
        diagnostics.addAll(ClosedWorld.check(m, symbols, source, options));
        fl.stmt.lowerBody(m.body());
        if (!fb.terminated()) fl.terminate(new Terminator.Return(fl.none(), fl.line));
        diagnostics.sort(ClosedWorld::bySource);
        if (!diagnostics.isEmpty()) return null;
        functions.set(index, fb.finish());
        return new IrModule(options.moduleName(), options.file(), functions);
    }

    /** Keeps definition order (parents before children) although children finish first. */
    int reserve() {
        functions.add(null);
        return functions.size() - 1;
    }

    void define(int index, IrFunction f) { functions.set(index, f); }

    String uniqueId(String qualname) {
        String id = qualname;
        for (int n = 2; !ids.add(id); n++) id = qualname + "#" + n;
        return id;
    }

    void unsupported(Unsupported u) {
        Diagnostic d = source.error("unsupported", "unsupported: " + u.feature, u.at);
        diagnostics.add(d);
    }
}
