package dev.molt.lowering.scope;

import dev.molt.frontend.ast.Comprehension;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Mod;
import dev.molt.frontend.ast.Node;
import dev.molt.frontend.ast.Stmt;
import dev.molt.lowering.AstWalker;
import java.util.List;
import java.util.Map;

/**
 * The errors CPython's code generator raises (compile.c), checked in source order after the symbol
 * table: return/yield/await outside a function, break/continue outside a loop, and friends.
 */
final class ControlChecker extends AstWalker {
    private final Map<Node, Scope> scopes;
    private Scope scope;
    private int loops;

    private ControlChecker(Map<Node, Scope> scopes, Scope module) {
        this.scopes = scopes;
        this.scope = module;
    }

    static void check(Mod.Module m, Map<Node, Scope> scopes) {
        new ControlChecker(scopes, scopes.get(m)).stmts(m.body());
    }

    private void inScope(Node n, Runnable body) {
        Scope savedScope = scope;
        int savedLoops = loops;
        scope = scopes.get(n);
        loops = 0;
        body.run();
        scope = savedScope;
        loops = savedLoops;
    }

    private boolean inFunction() { return scope.isFunctionLike(); }

    @Override public Void visitFunctionDef(Stmt.FunctionDef n) {
        exprs(n.decoratorList());
        arguments(n.args());
        expr(n.returns());
        inScope(n, () -> stmts(n.body()));
        return null;
    }

    @Override public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef n) {
        exprs(n.decoratorList());
        arguments(n.args());
        expr(n.returns());
        inScope(n, () -> stmts(n.body()));
        return null;
    }

    @Override public Void visitClassDef(Stmt.ClassDef n) {
        exprs(n.decoratorList());
        exprs(n.bases());
        for (var k : n.keywords()) expr(k.value());
        inScope(n, () -> stmts(n.body()));
        return null;
    }

    @Override public Void visitLambda(Expr.Lambda n) {
        arguments(n.args());
        inScope(n, () -> expr(n.body()));
        return null;
    }

    private void comprehension(Node n, List<Comprehension> gens, Runnable elts) {
        expr(gens.get(0).iter());
        boolean async = false;
        for (Comprehension g : gens) async |= g.isAsync() != 0;
        boolean outerAsync = scope.kind() == Scope.Kind.FUNCTION && scope.isCoroutine() || scope.kind() == Scope.Kind.COMPREHENSION && scope.isCoroutine();
        Scope inner = scopes.get(n);
        if (async && !outerAsync && !(inner.isGenerator()))
            throw new ScopeError("asynchronous comprehension outside of an asynchronous function", (dev.molt.frontend.ast.Located) n);
        inScope(n, () -> {
            Comprehension first = gens.get(0);
            expr(first.target());
            exprs(first.ifs());
            for (int i = 1; i < gens.size(); i++) {
                expr(gens.get(i).target());
                expr(gens.get(i).iter());
                exprs(gens.get(i).ifs());
            }
            elts.run();
        });
    }

    @Override public Void visitListComp(Expr.ListComp n) { comprehension(n, n.generators(), () -> expr(n.elt())); return null; }

    @Override public Void visitSetComp(Expr.SetComp n) { comprehension(n, n.generators(), () -> expr(n.elt())); return null; }

    @Override public Void visitDictComp(Expr.DictComp n) { comprehension(n, n.generators(), () -> { expr(n.key()); expr(n.value()); }); return null; }

    @Override public Void visitGeneratorExp(Expr.GeneratorExp n) { comprehension(n, n.generators(), () -> expr(n.elt())); return null; }

    @Override public Void visitReturn(Stmt.Return n) {
        if (!inFunction()) throw new ScopeError("'return' outside function", n);
        if (n.value() != null && scope.isCoroutine() && scope.isGenerator())
            throw new ScopeError("'return' with value in async generator", n);
        expr(n.value());
        return null;
    }

    @Override public Void visitYield(Expr.Yield n) {
        if (!inFunction()) throw new ScopeError("'yield' outside function", n);
        expr(n.value());
        return null;
    }

    @Override public Void visitYieldFrom(Expr.YieldFrom n) {
        if (!inFunction()) throw new ScopeError("'yield' outside function", n);
        if (scope.isCoroutine()) throw new ScopeError("'yield from' inside async function", n);
        expr(n.value());
        return null;
    }

    @Override public Void visitAwait(Expr.Await n) {
        if (!inFunction()) throw new ScopeError("'await' outside function", n);
        if (!scope.isCoroutine() && scope.kind() != Scope.Kind.COMPREHENSION)
            throw new ScopeError("'await' outside async function", n);
        expr(n.value());
        return null;
    }

    @Override public Void visitAsyncFor(Stmt.AsyncFor n) {
        if (!scope.isCoroutine()) throw new ScopeError("'async for' outside async function", n);
        expr(n.target());
        expr(n.iter());
        loops++;
        stmts(n.body());
        loops--;
        stmts(n.orelse());
        return null;
    }

    @Override public Void visitAsyncWith(Stmt.AsyncWith n) {
        if (!scope.isCoroutine()) throw new ScopeError("'async with' outside async function", n);
        return super.visitAsyncWith(n);
    }

    @Override public Void visitFor(Stmt.For n) {
        expr(n.target());
        expr(n.iter());
        loops++;
        stmts(n.body());
        loops--;
        stmts(n.orelse());
        return null;
    }

    @Override public Void visitWhile(Stmt.While n) {
        expr(n.test());
        loops++;
        stmts(n.body());
        loops--;
        stmts(n.orelse());
        return null;
    }

    @Override public Void visitBreak(Stmt.Break n) {
        if (loops == 0) throw new ScopeError("'break' outside loop", n);
        return null;
    }

    @Override public Void visitContinue(Stmt.Continue n) {
        if (loops == 0) throw new ScopeError("'continue' not properly in loop", n);
        return null;
    }
}
