package dev.molt.lowering;

import dev.molt.frontend.ast.Arg;
import dev.molt.frontend.ast.Arguments;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.Located;
import dev.molt.frontend.ast.Node;
import dev.molt.frontend.ast.Stmt;
import dev.molt.ir.FunctionBuilder;
import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.ir.Slot;
import dev.molt.ir.Terminator;
import dev.molt.lowering.scope.Binding;
import dev.molt.lowering.scope.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * def and lambda: the function object built in the enclosing code (defaults, keyword defaults,
 * closure cells, decorators) and the function's own IR (parameter slots in MoltCode order, cells
 * created at entry, closure cells loaded into slots).
 */
final class LowerFunction {
    private final FunctionLowering outer;

    LowerFunction(FunctionLowering outer) { this.outer = outer; }

    /** Returns the decorated function object; body is the statement list, or bodyExpr for a lambda. */
    Reg define(Node node, String name, Arguments args, List<Expr> decorators, List<Stmt> body, Expr bodyExpr) {
        return define(node, name, args, decorators, body, bodyExpr, null);
    }

    /** The same, with the body lowered by bodyFn instead (generator expressions, LowerGenerator). */
    Reg define(Node node, String name, Arguments args, List<Expr> decorators, List<Stmt> body, Expr bodyExpr,
               Consumer<FunctionLowering> bodyFn) {
        Located at = (Located) node;
        Scope scope = outer.mod.symbols.scopeOf(node);
        if (scope.isCoroutine()) throw outer.unsupported("coroutines", at);

        List<Reg> decos = new ArrayList<>();
        for (Expr d : decorators) decos.add(outer.expr.lower(d));
        outer.line = at.lineno();
        Reg defaults;
        if (args.defaults().isEmpty()) defaults = outer.nul();
        else {
            List<Reg> ds = new ArrayList<>();
            for (Expr d : args.defaults()) ds.add(outer.expr.lower(d));
            defaults = outer.call("tuple.from_array", ds);
        }
        Reg kwdefaults;
        boolean anyKw = false;
        for (Expr d : args.kwDefaults()) anyKw |= d != null;
        if (!anyKw) kwdefaults = outer.nul();
        else {
            kwdefaults = outer.call("dict.new");
            for (int i = 0; i < args.kwonlyargs().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d == null) continue;
                Reg v = outer.expr.lower(d);
                outer.call("dict.setitem", kwdefaults, outer.str(args.kwonlyargs().get(i).arg()), v);
            }
        }
        outer.line = at.lineno();

        String qualname = qualname(outer, name);
        String id = outer.mod.uniqueId(qualname);
        int index = outer.mod.reserve();
        List<String> free = scope.freeVars();
        outer.mod.define(index, build(scope, id, name, qualname, at.lineno(), args, body, bodyExpr, bodyFn, free));

        Reg closure;
        if (free.isEmpty()) closure = outer.nul();
        else {
            List<Reg> cells = new ArrayList<>();
            for (String v : free) {
                VarRef ref = outer.resolve(v);
                if (!(ref instanceof VarRef.Cell c)) throw outer.unsupported("closure over a comprehension variable", at);
                cells.add(outer.emit(new Op.LoadSlot(c.slot(), IrType.OBJ)));
            }
            closure = outer.call("tuple.from_array", cells);
        }
        Reg fn = outer.emit(new Op.MakeFunction(id, defaults, kwdefaults, closure));
        // CPython stores the docstring in the code object; here it is set before decorators see the function.
        if (body != null && !body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
            && c.value() instanceof dev.molt.frontend.ast.ConstValue.Str doc)
            outer.call("setattr", fn, outer.str("__doc__"), outer.constant(doc));
        for (int i = decos.size() - 1; i >= 0; i--) fn = outer.call("call", decos.get(i), outer.nul(), fn);
        return fn;
    }

    static String qualname(FunctionLowering outer, String name) {
        Scope s = outer.scope;
        String parent = outer.qualname;
        if (s.kind() == Scope.Kind.MODULE) return name;
        if (s.kind() == Scope.Kind.CLASS) return parent + "." + name;
        return parent + ".<locals>." + name;
    }

    private Set<String> deletedNames(List<Stmt> body) {
        Set<String> out = new HashSet<>();
        AstWalker w = new AstWalker() {
            @Override public Void visitName(Expr.Name n) {
                if (n.ctx() == ExprContext.Del) out.add(n.id());
                return null;
            }
        };
        if (body != null) w.stmts(body);
        return out;
    }

    private dev.molt.ir.IrFunction build(Scope scope, String id, String name, String qualname, int line, Arguments args,
                                         List<Stmt> body, Expr bodyExpr, Consumer<FunctionLowering> bodyFn, List<String> free) {
        FunctionBuilder fb = new FunctionBuilder(id, name, qualname, line);
        FunctionLowering f = new FunctionLowering(outer.mod, scope, fb);
        f.qualname = qualname;
        f.line = line;
        if (scope.isGenerator()) LowerGenerator.start(f);
        Map<String, VarRef> env = f.envs.peek();
        Set<String> deleted = deletedNames(body);

        List<Arg> ordered = new ArrayList<>(args.posonlyargs());
        ordered.addAll(args.args());
        ordered.addAll(args.kwonlyargs());
        if (args.vararg() != null) ordered.add(args.vararg());
        if (args.kwarg() != null) ordered.add(args.kwarg());
        List<String> names = new ArrayList<>();
        for (Arg a : ordered) {
            String p = f.mangle(a.arg());
            names.add(p);
            fb.addSlot(p, IrType.OBJ, Slot.Kind.PARAM);
        }
        fb.signature(names, args.posonlyargs().size(), args.posonlyargs().size() + args.args().size(),
            args.kwonlyargs().size(), args.vararg() != null, args.kwarg() != null);

        // Entry: parameters that inner functions capture move into cells; free variables come from the closure.
        for (int i = 0; i < names.size(); i++) {
            String p = names.get(i);
            if (scope.binding(p) == Binding.CELL) {
                int cell = fb.addSlot(p, IrType.OBJ, Slot.Kind.CELL);
                Reg v = f.emit(new Op.LoadSlot(i, IrType.OBJ));
                f.emit(new Op.StoreSlot(cell, f.call("cell.new", v)));
                env.put(p, new VarRef.Cell(cell, p, false));
            } else env.put(p, new VarRef.Local(i, p, !deleted.contains(p)));
        }
        for (Map.Entry<String, Binding> e : scope.bindings().entrySet()) {
            String v = e.getKey();
            if (env.containsKey(v)) continue;
            if (e.getValue() == Binding.LOCAL) env.put(v, new VarRef.Local(fb.addSlot(v, IrType.OBJ, Slot.Kind.LOCAL), v, false));
            else if (e.getValue() == Binding.CELL) {
                int cell = fb.addSlot(v, IrType.OBJ, Slot.Kind.CELL);
                f.emit(new Op.StoreSlot(cell, f.call("cell.new", f.nul())));
                env.put(v, new VarRef.Cell(cell, v, false));
            }
        }
        for (int i = 0; i < free.size(); i++) {
            String v = free.get(i);
            int slot = fb.addSlot(v, IrType.OBJ, Slot.Kind.FREE);
            f.emit(new Op.StoreSlot(slot, f.call("function.cell", f.emit(new Op.CurrentFunction()), f.i64(i))));
            env.put(v, new VarRef.Cell(slot, v, true));
        }
        if (body != null && bodyFn == null) f.useFloatTypes(FloatTypes.infer(f, args, body));

        if (bodyFn != null) {
            try {
                bodyFn.accept(f);
                if (!fb.terminated()) f.terminate(new Terminator.Return(f.none(), f.line));
            } catch (Unsupported u) {
                outer.mod.unsupported(u);
                f.terminate(new Terminator.Unreachable(line));
            }
        } else if (bodyExpr != null) {
            try {
                Reg r = f.expr.lower(bodyExpr);
                f.terminate(new Terminator.Return(r, bodyExpr.lineno()));
            } catch (Unsupported u) {
                outer.mod.unsupported(u);
                f.terminate(new Terminator.Unreachable(line));
            }
        } else {
            f.stmt.lowerBody(body);
            if (!fb.terminated()) f.terminate(new Terminator.Return(f.none(), f.line));
        }
        return outer.mod.diagnostics.isEmpty() ? fb.finish() : null;
    }
}
