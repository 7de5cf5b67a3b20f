package dev.molt.lowering.scope;

import dev.molt.frontend.ast.Mod;
import dev.molt.frontend.ast.Node;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.lowering.SourceMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbol tables of a module (CPython's symtable.c): which scope every name lives in, plus the
 * compile-time errors CPython raises after parsing (symbol-table errors first, then the checks its
 * code generator makes), as SyntaxError diagnostics with CPython's messages and positions.
 */
public final class SymbolTable {
    private final Scope module;
    private final Map<Node, Scope> scopes;
    private final List<Diagnostic> diagnostics;

    private SymbolTable(Scope module, Map<Node, Scope> scopes, List<Diagnostic> diagnostics) {
        this.module = module;
        this.scopes = scopes;
        this.diagnostics = diagnostics;
    }

    public static SymbolTable build(Mod.Module m, SourceMap src) {
        Map<Node, Scope> scopes = new IdentityHashMap<>();
        Scope root = new Scope(Scope.Kind.MODULE, "top", m, null);
        scopes.put(m, root);
        try {
            new SymbolTableBuilder(root, scopes).module(m);
            ScopeAnalyzer.analyze(root);
            ControlChecker.check(m, scopes);
        } catch (ScopeError e) {
            return new SymbolTable(root, scopes, List.of(src.error("SyntaxError", e.message, e.at)));
        }
        return new SymbolTable(root, scopes, List.of());
    }

    public Scope module() { return module; }

    /** The scope a FunctionDef, AsyncFunctionDef, Lambda, ClassDef or comprehension node opens. */
    public Scope scopeOf(Node n) { return scopes.get(n); }

    public List<Diagnostic> diagnostics() { return diagnostics; }

    public boolean ok() { return diagnostics.isEmpty(); }
}
