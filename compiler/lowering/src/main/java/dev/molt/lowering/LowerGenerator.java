package dev.molt.lowering;

import dev.molt.frontend.ast.Arg;
import dev.molt.frontend.ast.Arguments;
import dev.molt.frontend.ast.Expr;
import dev.molt.ir.IrType;
import dev.molt.ir.Op;
import dev.molt.ir.Reg;
import dev.molt.ir.Terminator;
import java.util.List;

/**
 * yield, yield from and generator expressions (decision 0036). A yield ends its block with a Yield
 * terminator and continues in a fresh resume block whose first op, ResumeValue, is the sent value
 * (or raises what throw()/close() passed in, inside the enclosing try blocks). Registers still
 * needed after the yield are moved into frame slots later by SpillAcrossYields.
 */
final class LowerGenerator {
    private final FunctionLowering f;

    LowerGenerator(FunctionLowering f) { this.f = f; }

    /** The entry of a generator body: the first resume may already carry a throw(). */
    static void start(FunctionLowering f) {
        f.b.generator(true);
        f.emit(new Op.ResumeValue());
    }

    private Reg suspend(Reg value, boolean delegate) {
        int resume = f.b.newBlock();
        f.terminate(new Terminator.Yield(value, delegate, resume, f.line));
        f.b.switchTo(resume);
        return f.emit(new Op.ResumeValue());
    }

    Reg yield(Expr.Yield n) {
        Reg v = n.value() != null ? f.expr.lower(n.value()) : f.none();
        f.line = n.lineno();
        return suspend(v, false);
    }

    /** yield from x: the runtime drives iter(x) until it returns; its return value is the result. */
    Reg yieldFrom(Expr.YieldFrom n) {
        Reg it = f.call("iter", f.expr.lower(n.value()));
        f.line = n.lineno();
        return suspend(it, true);
    }

    /**
     * (elt for x in it ...): a generator function "<genexpr>" whose one parameter ".0" is the first
     * iterator, evaluated here in the enclosing scope as CPython does, then called at once.
     */
    Reg generatorExp(Expr.GeneratorExp n) {
        if (n.generators().get(0).isAsync() != 0) throw f.unsupported("asynchronous comprehensions", n);
        Arg dot0 = new Arg(".0", null, null, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
        Arguments args = new Arguments(List.of(), List.of(dot0), null, List.of(), List.of(), null, List.of());
        Reg fn = new LowerFunction(f).define(n, "<genexpr>", args, List.of(), null, null, body -> {
            body.line = n.lineno();
            Reg first = body.emit(new Op.LoadSlot(0, IrType.OBJ));
            new LowerComprehension(body).loop(n.generators(), 0, first, () -> {
                Reg v = body.expr.lower(n.elt());
                body.line = n.elt().lineno();
                new LowerGenerator(body).suspend(v, false);
            });
        });
        Reg it = f.call("iter", f.expr.lower(n.generators().get(0).iter()));
        f.line = n.lineno();
        return f.call("call", fn, f.nul(), it);
    }
}
