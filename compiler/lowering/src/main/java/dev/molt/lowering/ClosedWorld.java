package dev.molt.lowering;

import dev.molt.frontend.ast.Alias;
import dev.molt.frontend.ast.Arguments;
import dev.molt.frontend.ast.Comprehension;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.Located;
import dev.molt.frontend.ast.Mod;
import dev.molt.frontend.ast.Node;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.lowering.scope.Binding;
import dev.molt.lowering.scope.Scope;
import dev.molt.lowering.scope.SymbolTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed world (DESIGN.md §2): every line of code and every module is known at build time.
 * This pass rejects, before lowering, what needs them at run time: the dynamic-code builtins,
 * namespace introspection, imports of modules the runtime does not have, and assigning to a
 * module's attributes from outside. A builtin's name only counts when no enclosing scope binds it
 * (the symbol tables say), so a program's own {@code def eval} is fine.
 */
final class ClosedWorld extends AstWalker {
    /** Builtins whose every use is outside the closed world, with why. */
    private static final Map<String, String> DYNAMIC = Map.of(
        "eval", "eval() (dynamic code)",
        "exec", "exec() (dynamic code)",
        "compile", "compile() (dynamic code)",
        "__import__", "__import__() (import by a run-time name)",
        "globals", "globals() (namespace introspection)",
        "locals", "locals() (frame introspection)");

    private final SymbolTable symbols;
    private final SourceMap source;
    private final LowerOptions options;
    private final List<Diagnostic> out = new ArrayList<>();
    private Scope scope;
    /** Names bound by `import m` per scope: the objects in them are modules. */
    private final Map<Scope, Set<String>> moduleNames = new HashMap<>();
    /** Attribute stores and deletes through a plain name, judged once every import is known (an import may come later in the file). */
    private final List<Pending> pending = new ArrayList<>();

    /** A store through {@code name}: unsupported if name holds a module. */
    private record Pending(Scope scope, String name, String what, Located at) {}

    private ClosedWorld(SymbolTable symbols, SourceMap source, LowerOptions options) {
        this.symbols = symbols;
        this.source = source;
        this.options = options;
        this.scope = symbols.module();
    }

    /** One `unsupported` diagnostic per use outside the closed world, in source order. */
    static List<Diagnostic> check(Mod.Module m, SymbolTable symbols, SourceMap source, LowerOptions options) {
        ClosedWorld w = new ClosedWorld(symbols, source, options);
        w.stmts(m.body());
        for (Pending p : w.pending) if (w.isModule(p.scope, p.name)) w.report(p.what, p.at);
        w.out.sort(ClosedWorld::bySource);
        return w.out;
    }

    static int bySource(Diagnostic a, Diagnostic b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.col(), b.col());
    }

    private void report(String what, Located at) {
        out.add(source.error("unsupported", "unsupported: " + what, at));
    }

    // ------------------------------------------------------------------ names

    /** True if {@code name} read in {@code s} is the builtin: bound neither there, nor in an enclosing function, nor in the module. */
    private boolean isBuiltin(Scope s, String name) {
        Binding b = s.binding(name);
        if (b == Binding.LOCAL || b == Binding.CELL || b == Binding.FREE) return false;
        Binding m = symbols.module().bindings().get(name);
        return m == null || m == Binding.GLOBAL_IMPLICIT;
    }

    /** The scope whose variable {@code name} (used in {@code s}) is. */
    private Scope owner(Scope s, String name) {
        Binding b = s.binding(name);
        if (b == Binding.LOCAL || b == Binding.CELL) return s;
        if (b == Binding.FREE) {
            for (Scope p = s.parent(); p != null; p = p.parent()) {
                if (p.kind() == Scope.Kind.CLASS) continue; // class namespaces are not closed over
                Binding pb = p.binding(name);
                if (pb == Binding.LOCAL || pb == Binding.CELL) return p;
            }
        }
        return symbols.module();
    }

    private boolean isModule(Scope s, String name) {
        return moduleNames.getOrDefault(owner(s, name), Set.of()).contains(name);
    }

    @Override
    public Void visitName(Expr.Name n) {
        if (n.ctx() == ExprContext.Load && DYNAMIC.containsKey(n.id()) && isBuiltin(scope, n.id()))
            report(DYNAMIC.get(n.id()), n);
        return null;
    }

    @Override
    public Void visitCall(Expr.Call n) {
        if (n.func() instanceof Expr.Name f && isBuiltin(scope, f.id())) {
            if (f.id().equals("vars") && n.args().isEmpty() && n.keywords().isEmpty())
                report("vars() without an argument (frame introspection)", n);
            if ((f.id().equals("setattr") || f.id().equals("delattr")) && !n.args().isEmpty()
                && n.args().get(0) instanceof Expr.Name target)
                pending.add(new Pending(scope, target.id(), f.id() + "() on module '" + target.id() + "' (monkeypatching)", n));
        }
        return super.visitCall(n);
    }

    @Override
    public Void visitAttribute(Expr.Attribute n) {
        if (n.ctx() != ExprContext.Load && n.value() instanceof Expr.Name base) {
            String verb = n.ctx() == ExprContext.Store ? "assigning to" : "deleting";
            pending.add(new Pending(scope, base.id(), verb + " module attribute " + base.id() + "." + n.attr() + " (monkeypatching)", n));
        }
        return super.visitAttribute(n);
    }

    // ------------------------------------------------------------------ imports

    /**
     * Inside `try:` with a handler for ImportError an import of a missing module is the program's own
     * fallback, and raising ModuleNotFoundError at run time is exactly what CPython does there.
     */
    private boolean importGuarded;

    @Override
    public Void visitTry(Stmt.Try n) {
        boolean saved = importGuarded;
        importGuarded |= n.handlers().stream().anyMatch(h -> catchesImportError(h.type()));
        stmts(n.body());
        importGuarded = saved;
        handlers(n.handlers());
        stmts(n.orelse());
        stmts(n.finalbody());
        return null;
    }

    private static boolean catchesImportError(Expr type) {
        if (type == null) return true;
        if (type instanceof Expr.Tuple t) return t.elts().stream().anyMatch(ClosedWorld::catchesImportError);
        return type instanceof Expr.Name n && IMPORT_ERROR_BASES.contains(n.id());
    }

    private static final Set<String> IMPORT_ERROR_BASES = Set.of("ModuleNotFoundError", "ImportError", "Exception", "BaseException");

    @Override
    public Void visitImport(Stmt.Import n) {
        for (Alias a : n.names()) {
            if (!available(a.name()) && !importGuarded) report(notBuiltIn(a.name()), a);
            String top = a.name().split("\\.", 2)[0];
            // The program's own modules are compiled from source: storing into them is seen at build time (decision 0039).
            if (options.programModules().contains(a.asname() != null ? a.name() : top)) continue;
            moduleNames.computeIfAbsent(scope, s -> new HashSet<>()).add(a.asname() != null ? a.asname() : top);
        }
        return null;
    }

    @Override
    public Void visitImportFrom(Stmt.ImportFrom n) {
        // Relative imports above any package and `import *` are reported by the lowering (one diagnostic per construct).
        String module = ImportNames.resolve(options.packageName(), n.level() == null ? 0 : n.level(), n.module());
        boolean star = n.names().get(0).name().equals("*");
        if (module != null && !star && !available(module) && !importGuarded)
            report(notBuiltIn(module), n);
        return null;
    }

    /** Built into the runtime, or one of the program's own modules. */
    private boolean available(String module) {
        return RuntimeModules.has(module) || options.programModules().contains(module);
    }

    private static String notBuiltIn(String module) {
        return "import of module '" + module + "' (not built in; Molt has " + RuntimeModules.describe() + ")";
    }

    // ------------------------------------------------------------------ scopes

    /** Runs {@code body} with the scope {@code node} opens (unchanged if it opens none). */
    private void inScope(Node node, Runnable body) {
        Scope saved = scope;
        boolean savedGuard = importGuarded;
        Scope inner = symbols.scopeOf(node);
        if (inner != null) scope = inner;
        // A function body runs later, outside the try around its definition; a class body runs at once.
        if (inner != null && inner.kind() != Scope.Kind.CLASS) importGuarded = false;
        try {
            body.run();
        } finally {
            scope = saved;
            importGuarded = savedGuard;
        }
    }

    @Override
    public Void visitFunctionDef(Stmt.FunctionDef n) {
        function(n, n.decoratorList(), n.args(), n.returns(), n.body());
        return null;
    }

    @Override
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef n) {
        function(n, n.decoratorList(), n.args(), n.returns(), n.body());
        return null;
    }

    /** Decorators, defaults and annotations run in the enclosing scope; the body in its own. */
    private void function(Node n, List<Expr> decorators, Arguments args, Expr returns, List<Stmt> body) {
        exprs(decorators);
        arguments(args);
        expr(returns);
        inScope(n, () -> stmts(body));
    }

    @Override
    public Void visitClassDef(Stmt.ClassDef n) {
        exprs(n.decoratorList());
        exprs(n.bases());
        for (dev.molt.frontend.ast.Keyword k : n.keywords()) expr(k.value());
        inScope(n, () -> stmts(n.body()));
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda n) {
        arguments(n.args());
        inScope(n, () -> expr(n.body()));
        return null;
    }

    /** The first iterable is evaluated outside the comprehension, the rest inside (as CPython does). */
    private void comprehension(Node n, List<Comprehension> gens, Expr... results) {
        expr(gens.get(0).iter());
        inScope(n, () -> {
            for (int i = 0; i < gens.size(); i++) {
                Comprehension g = gens.get(i);
                expr(g.target());
                if (i > 0) expr(g.iter());
                exprs(g.ifs());
            }
            for (Expr e : results) expr(e);
        });
    }

    @Override
    public Void visitListComp(Expr.ListComp n) { comprehension(n, n.generators(), n.elt()); return null; }

    @Override
    public Void visitSetComp(Expr.SetComp n) { comprehension(n, n.generators(), n.elt()); return null; }

    @Override
    public Void visitDictComp(Expr.DictComp n) { comprehension(n, n.generators(), n.key(), n.value()); return null; }

    @Override
    public Void visitGeneratorExp(Expr.GeneratorExp n) { comprehension(n, n.generators(), n.elt()); return null; }
}
