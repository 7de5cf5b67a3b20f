package dev.molt.lowering;

import dev.molt.frontend.ast.Comprehension;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Node;
import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.lowering.scope.Binding;
import dev.molt.lowering.scope.Scope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * List, set and dict comprehensions, inlined into the enclosing function as CPython 3.12 does
 * (PEP 709): the comprehension's own variables get fresh slots so they never clobber the
 * enclosing function's variables of the same name.
 */
final class LowerComprehension {
    private final FunctionLowering f;

    LowerComprehension(FunctionLowering f) { this.f = f; }

    Reg list(Expr.ListComp n) {
        Reg acc = f.call("list.from_array");
        run(n, n.generators(), () -> f.call("list.append", acc, f.expr.lower(n.elt())));
        return acc;
    }

    Reg set(Expr.SetComp n) {
        Reg acc = f.call("set.new");
        run(n, n.generators(), () -> f.call("set.add", acc, f.expr.lower(n.elt())));
        return acc;
    }

    Reg dict(Expr.DictComp n) {
        Reg acc = f.call("dict.new");
        run(n, n.generators(), () -> {
            Reg k = f.expr.lower(n.key());
            Reg v = f.expr.lower(n.value());
            f.call("dict.setitem", acc, k, v);
        });
        return acc;
    }

    private void run(Node node, List<Comprehension> gens, Runnable element) {
        Scope cs = f.mod.symbols.scopeOf(node);
        for (Comprehension g : gens)
            if (g.isAsync() != 0) throw f.unsupported("asynchronous comprehensions", (dev.molt.frontend.ast.Located) node);
        Map<String, VarRef> env = new HashMap<>();
        for (Map.Entry<String, Binding> e : cs.bindings().entrySet()) {
            if (e.getValue() == Binding.CELL) {
                // One cell for the whole comprehension, as CPython 3.12's inlined comprehensions do.
                int slot = f.freshTemp("$comp." + e.getKey() + ".");
                f.emit(new Op.StoreSlot(slot, f.call("cell.new", f.nul())));
                env.put(e.getKey(), new VarRef.Cell(slot, e.getKey(), false));
            } else if (e.getValue() == Binding.LOCAL && !e.getKey().equals(".0"))
                env.put(e.getKey(), new VarRef.Local(f.freshTemp("$comp." + e.getKey() + "."), e.getKey(), false));
        }
        Reg first = f.call("iter", f.expr.lower(gens.get(0).iter()));
        f.envs.push(env);
        try {
            loop(gens, 0, first, element);
        } finally {
            f.envs.pop();
        }
        for (VarRef v : env.values()) {
            int slot = v instanceof VarRef.Local l ? l.slot() : ((VarRef.Cell) v).slot();
            f.emit(new Op.StoreSlot(slot, f.nul()));
        }
    }

    /** The nested loops of gens[i..]; firstIter is the iterator of gens[0] (already evaluated by the caller). */
    void loop(List<Comprehension> gens, int i, Reg firstIter, Runnable element) {
        Comprehension g = gens.get(i);
        Reg it = i == 0 ? firstIter : f.call("iter", f.expr.lower(g.iter()));
        int itSlot = f.freshTemp("$compiter");
        f.emit(new Op.StoreSlot(itSlot, it));
        int head = f.b.newBlock(), body = f.b.newBlock(), exit = f.b.newBlock();
        f.jump(head);
        f.b.switchTo(head);
        Reg item = f.call("next", f.emit(new Op.LoadSlot(itSlot, IrType.OBJ)));
        f.branch(f.emit(new Op.IsNull(item)), exit, body);
        f.b.switchTo(body);
        f.expr.assign(g.target(), item);
        for (Expr cond : g.ifs()) {
            Reg c = f.expr.condition(cond);
            int pass = f.b.newBlock();
            f.branch(c, pass, head);
            f.b.switchTo(pass);
        }
        if (i + 1 < gens.size()) loop(gens, i + 1, null, element);
        else element.run();
        f.jump(head);
        f.b.switchTo(exit);
        f.emit(new Op.StoreSlot(itSlot, f.nul()));
    }
}
