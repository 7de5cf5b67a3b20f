package dev.molt.lowering;

import dev.molt.frontend.ast.ConstValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.ir.IrType;
import dev.molt.ir.Reg;
import dev.molt.lowering.scope.Binding;
import java.util.List;
import java.util.Set;

/**
 * Generator expressions handed straight to a builtin that consumes every item (sum, list, sorted,
 * ", ".join, ...) or stops at the first decisive one (any, all). Consuming eagerly is not
 * observable there: the consumer runs no user code between items, and any/all are lowered as a
 * loop that stops where they would (decision 0035). Real generators come with the generator work.
 */
final class ConsumedGenerators {
    private static final Set<String> CONSUMERS = Set.of("sum", "list", "tuple", "set", "frozenset", "sorted", "min", "max");

    private final FunctionLowering f;

    ConsumedGenerators(FunctionLowering f) { this.f = f; }

    private boolean isBuiltin(String name) {
        if (!(f.resolve(name) instanceof VarRef.Global)) return false;
        Binding module = f.mod.symbols.module().bindings().get(name);
        return module == null || module == Binding.GLOBAL_IMPLICIT;
    }

    Reg tryLower(Expr.Call n) {
        if (n.args().size() != 1 || !n.keywords().isEmpty() || !(n.args().get(0) instanceof Expr.GeneratorExp g)) return null;
        if (f.mod.symbols.scopeOf(g).isCoroutine()) return null;
        if (n.func() instanceof Expr.Name name && isBuiltin(name.id())) {
            if (name.id().equals("any") || name.id().equals("all")) return anyAll(name.id().equals("any"), g, n);
            if (!CONSUMERS.contains(name.id())) return null;
            Reg callee = f.expr.lower(n.func());
            Reg items = new LowerComprehension(f).listOf(g);
            f.line = n.lineno();
            return f.call("call", List.of(callee, f.nul(), items));
        }
        if (n.func() instanceof Expr.Attribute a && a.attr().equals("join") && a.value() instanceof Expr.Constant c
            && c.value() instanceof ConstValue.Str) {
            Reg callee = f.expr.lower(n.func());
            Reg items = new LowerComprehension(f).listOf(g);
            f.line = n.lineno();
            return f.call("call", List.of(callee, f.nul(), items));
        }
        return null;
    }

    /** any(g): True at the first truthy item, else False; all(g): False at the first falsy item, else True. */
    private Reg anyAll(boolean any, Expr.GeneratorExp g, Expr.Call n) {
        f.expr.lower(n.func()); // evaluated first, as the call would (NameError order)
        int decided = f.b.newBlock(), join = f.b.newBlock(IrType.OBJ);
        new LowerComprehension(f).each(g, () -> {
            Reg c = f.expr.condition(g.elt());
            int next = f.b.newBlock();
            if (any) f.branch(c, decided, next); else f.branch(c, next, decided);
            f.b.switchTo(next);
        });
        f.line = n.lineno();
        f.jump(join, f.constant(any ? ConstValue.FALSE : ConstValue.TRUE));
        f.b.switchTo(decided);
        f.jump(join, f.constant(any ? ConstValue.TRUE : ConstValue.FALSE));
        f.b.switchTo(join);
        return f.b.params(join).get(0);
    }
}
