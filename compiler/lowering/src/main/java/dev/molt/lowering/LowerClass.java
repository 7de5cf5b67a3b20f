package dev.molt.lowering;

import dev.molt.frontend.ast.Expr;
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
import java.util.List;
import java.util.Map;

/**
 * class statements, as CPython runs them: the body is a function of its own called with a fresh
 * namespace dict (names in the body are namespace entries, falling back to globals and builtins);
 * then molt_type_new_full(name, qualname, module, bases, namespace) makes the class. A body whose
 * methods use super()/__class__ creates the __class__ cell and leaves it in the namespace as
 * __classcell__ for the runtime to fill (decision 0034).
 */
final class LowerClass {
    private final FunctionLowering outer;

    LowerClass(FunctionLowering outer) { this.outer = outer; }

    Reg define(Stmt.ClassDef n) {
        if (!n.keywords().isEmpty()) throw outer.unsupported("class keywords (metaclass=...)", n);
        if (!n.typeParams().isEmpty()) throw outer.unsupported("generic classes", n);
        Scope scope = outer.mod.symbols.scopeOf(n);
        List<Reg> decos = new ArrayList<>();
        for (Expr d : n.decoratorList()) decos.add(outer.expr.lower(d));
        List<Reg> bases = new ArrayList<>();
        for (Expr b : n.bases()) {
            if (b instanceof Expr.Starred s) throw outer.unsupported("starred class bases", s);
            bases.add(outer.expr.lower(b));
        }
        outer.line = n.lineno();
        Reg basesTuple = outer.call("tuple.from_array", bases);

        String qualname = LowerFunction.qualname(outer, n.name());
        String id = outer.mod.uniqueId(qualname);
        int index = outer.mod.reserve();
        List<String> free = scope.freeVars();
        outer.mod.define(index, body(scope, id, n, qualname, free));

        Reg closure;
        if (free.isEmpty()) closure = outer.nul();
        else {
            List<Reg> cells = new ArrayList<>();
            for (String v : free) {
                VarRef ref = outer.resolve(v);
                if (!(ref instanceof VarRef.Cell c)) throw outer.unsupported("class body closing over " + v, n);
                cells.add(outer.emit(new Op.LoadSlot(c.slot(), IrType.OBJ)));
            }
            closure = outer.call("tuple.from_array", cells);
        }
        Reg ns = outer.call("dict.new");
        Reg bodyFn = outer.emit(new Op.MakeFunction(id, outer.nul(), outer.nul(), closure));
        outer.call("call", bodyFn, outer.nul(), ns);
        Reg cls = outer.call("class.new", outer.str(n.name()), outer.str(qualname), outer.str(outer.mod.options.moduleName()), basesTuple, ns);
        for (int i = decos.size() - 1; i >= 0; i--) cls = outer.call("call", decos.get(i), outer.nul(), cls);
        return cls;
    }

    private dev.molt.ir.IrFunction body(Scope scope, String id, Stmt.ClassDef n, String qualname, List<String> free) {
        FunctionBuilder fb = new FunctionBuilder(id, n.name(), qualname, n.lineno());
        FunctionLowering f = new FunctionLowering(outer.mod, scope, fb);
        f.qualname = qualname;
        f.line = n.lineno();
        f.classNsSlot = fb.addSlot("$ns", IrType.OBJ, Slot.Kind.PARAM);
        fb.signature(List.of("$ns"), 0, 1, 0, false, false);
        Map<String, VarRef> env = f.envs.peek();
        for (int i = 0; i < free.size(); i++) {
            String v = free.get(i);
            int slot = fb.addSlot(v, IrType.OBJ, Slot.Kind.FREE);
            f.emit(new Op.StoreSlot(slot, f.call("function.cell", f.emit(new Op.CurrentFunction()), f.i64(i))));
            // A name both bound in the class body and captured by a method is a namespace entry here.
            if (!scope.isFreeInClass(v) && scope.binding(v) == Binding.FREE) env.put(v, new VarRef.Cell(slot, v, true));
        }
        int classCell = -1;
        if (scope.needsClassClosure()) {
            classCell = fb.addSlot("__class__", IrType.OBJ, Slot.Kind.CELL);
            f.emit(new Op.StoreSlot(classCell, f.call("cell.new", f.nul())));
            env.put("__class__", new VarRef.Cell(classCell, "__class__", false));
        }
        Reg ns = f.emit(new Op.LoadSlot(f.classNsSlot, IrType.OBJ));
        f.call("dict.setitem", ns, f.str("__module__"), f.str(outer.mod.options.moduleName()));
        f.call("dict.setitem", ns, f.str("__qualname__"), f.str(qualname));
        f.stmt.lowerBody(n.body());
        if (!fb.terminated()) {
            f.line = n.body().get(n.body().size() - 1).endLineno();
            if (classCell >= 0)
                f.call("dict.setitem", f.emit(new Op.LoadSlot(f.classNsSlot, IrType.OBJ)), f.str("__classcell__"),
                    f.emit(new Op.LoadSlot(classCell, IrType.OBJ)));
            f.terminate(new Terminator.Return(f.none(), f.line));
        }
        return outer.mod.diagnostics.isEmpty() ? fb.finish() : null;
    }
}
