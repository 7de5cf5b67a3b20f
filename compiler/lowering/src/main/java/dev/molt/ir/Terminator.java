package dev.molt.ir;

import java.util.ArrayList;
import java.util.List;

/** The last instruction of a block. */
public sealed interface Terminator {
    int line();

    List<Reg> operands();

    /** Normal successors (exception edges of Raise excluded). */
    List<Edge> edges();

    record Jump(Edge target, int line) implements Terminator {
        public List<Reg> operands() { return target.args(); }
        public List<Edge> edges() { return List.of(target); }
    }

    record Branch(Reg cond, Edge ifTrue, Edge ifFalse, int line) implements Terminator {
        public List<Reg> operands() {
            List<Reg> all = new ArrayList<>();
            all.add(cond);
            all.addAll(ifTrue.args());
            all.addAll(ifFalse.args());
            return all;
        }
        public List<Edge> edges() { return List.of(ifTrue, ifFalse); }
    }

    /** Returns an OBJ from the function (frames are popped by codegen's epilogue). */
    record Return(Reg value, int line) implements Terminator {
        public List<Reg> operands() { return List.of(value); }
        public List<Edge> edges() { return List.of(); }
    }

    /**
     * Raises: calls the ALWAYS-failing builtin row (raise, raise_from, reraise, assert_fail) with args,
     * or, when builtin is null, continues with the exception already pending; then goes to handler
     * (or propagates when it is -1).
     */
    record Raise(String builtin, List<Reg> args, int handler, int line) implements Terminator {
        public Raise { args = List.copyOf(args); }
        public List<Reg> operands() { return args; }
        public List<Edge> edges() { return List.of(); }
    }

    /**
     * Suspends a generator (decision 0036): saves {@code resume} as its state and hands value to
     * whoever resumed it. With {@code delegate} set (yield from), value is an iterator instead, and
     * the runtime passes next()/send()/throw()/close() to it until it finishes; the body then
     * continues at resume with the iterator's return value. The resume block starts with
     * {@link Op.ResumeValue}; no register lives across a yield (SpillAcrossYields).
     */
    record Yield(Reg value, boolean delegate, int resume, int line) implements Terminator {
        public List<Reg> operands() { return List.of(value); }
        public List<Edge> edges() { return List.of(Edge.to(resume)); }
    }

    record Unreachable(int line) implements Terminator {
        public List<Reg> operands() { return List.of(); }
        public List<Edge> edges() { return List.of(); }
    }

    /** a op b on I64 with overflow check: ok receives its args plus the result; overflow receives its args. */
    record CheckedIntArith(Op.IntOp op, Reg a, Reg b, Edge ok, Edge overflow, int line) implements Terminator {
        public List<Reg> operands() {
            List<Reg> all = new ArrayList<>(List.of(a, b));
            all.addAll(ok.args());
            all.addAll(overflow.args());
            return all;
        }
        public List<Edge> edges() { return List.of(ok, overflow); }
    }
}
