package dev.molt.lowering;

import dev.molt.frontend.ast.Arg;
import dev.molt.frontend.ast.Arguments;
import dev.molt.frontend.ast.ConstValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.ast.Unaryop;
import dev.molt.ir.Builtins;
import dev.molt.lowering.scope.Binding;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Type inference for the unboxed float paths (decision 0042): which expressions are likely floats and
 * which local variables get a float representation (FloatLocals). Facts come from float literals,
 * arithmetic (float op x, any true division), unary minus, {@code float(x)} of the builtin,
 * {@code math.<fn>(...)} calls, conditional expressions and annotations ({@code x: float},
 * {@code def f(x: float)}). Every fact is a hint: the code it selects checks the run-time type and
 * falls back to the generic path, so a wrong annotation or a variable that changes type only costs
 * the checks. Comparisons are BOOL already (LowerExpressions.condition).
 */
final class FloatTypes {
    /** math functions that return a float for every argument they accept. */
    private static final Set<String> MATH_FLOAT = Set.of("sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2",
        "exp", "expm1", "log", "log2", "log10", "log1p", "hypot", "fabs", "pow", "fmod", "copysign", "degrees", "radians",
        "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "erf", "erfc", "gamma", "lgamma", "ldexp", "dist");
    /** The binary operators with a float fast path (FloatPaths). */
    static final Set<String> FLOAT_OPS = Set.of("add", "sub", "mul", "truediv", "floordiv", "mod", "pow");

    private final FunctionLowering f;
    private final Set<String> vars;
    /**
     * False in generators: a yield inside an expression would have to keep f64 registers across the
     * suspension (SpillAcrossYields saves objects only), so generators keep the generic paths.
     */
    private final boolean on;

    private FloatTypes(FunctionLowering f, Set<String> vars) {
        this.f = f;
        this.vars = vars;
        this.on = !f.scope.isGenerator();
    }

    /** Expression facts only, no float variables (module and class bodies, lambdas). */
    static FloatTypes expressionsOnly(FunctionLowering f) { return new FloatTypes(f, Set.of()); }

    /**
     * Infers the float variables of a function body: plain locals (not cells) assigned a likely float
     * somewhere, or annotated float, and never assigned a value that is certainly not a number.
     * Iterates to a fixed point because {@code y = x * 2} is a float hint only once x is one.
     */
    static FloatTypes infer(FunctionLowering f, Arguments args, List<Stmt> body) {
        if (f.scope.isGenerator()) return expressionsOnly(f);
        Assignments a = new Assignments();
        a.stmts(body);
        List<Arg> params = new java.util.ArrayList<>(args.posonlyargs());
        params.addAll(args.args());
        params.addAll(args.kwonlyargs());
        for (Arg p : params) if (isFloatAnnotation(p.annotation())) a.annotated.add(f.mangle(p.arg()));
        Set<String> vars = new java.util.TreeSet<>();   // sorted: slot numbers must not depend on hashing
        for (String n : a.annotated) if (plainLocal(f, f.mangle(n))) vars.add(f.mangle(n));
        FloatTypes t = new FloatTypes(f, vars);
        boolean changed = true;
        while (changed) {
            changed = false;
            // Assigned a likely float, or an operand of arithmetic whose other operand is one
            // (dx in dx * scale: dx = b[0] - c[0] is then computed on the float path too).
            for (List<Assigned> facts : List.of(a.values, a.partners)) {
                for (Assigned x : facts) {
                    String name = f.mangle(x.name);
                    if (vars.contains(name) || !plainLocal(f, name) || !t.likely(x.value)) continue;
                    vars.add(name);
                    changed = true;
                }
            }
        }
        for (Assigned x : a.values) if (notANumber(x.value)) vars.remove(f.mangle(x.name));
        for (String n : a.loopTargets) if (!a.annotated.contains(n)) vars.remove(f.mangle(n));
        return t;
    }

    private static boolean plainLocal(FunctionLowering f, String name) {
        return f.scope.binding(name) == Binding.LOCAL && f.resolve(name) instanceof VarRef.Local;
    }

    /** True if name is a float variable of this function (stored by FloatLocals). */
    boolean isFloatVar(String name) { return vars.contains(name); }

    Set<String> vars() { return vars; }

    /** True if e is arithmetic that has a float path (tried when its result goes to a float variable). */
    static boolean floatArith(Expr e) {
        return e instanceof Expr.BinOp b && FLOAT_OPS.contains(Builtins.BINOPS.get(b.op().ordinal()));
    }

    /** True if e is likely a float: the lowering then tries the unboxed path first. */
    boolean likely(Expr e) {
        if (!on) return false;
        if (e instanceof Expr.Constant c) return c.value() instanceof ConstValue.Float;
        if (e instanceof Expr.Name n) return vars.contains(f.mangle(n.id()));
        if (e instanceof Expr.BinOp b) {
            String op = Builtins.BINOPS.get(b.op().ordinal());
            if (op.equals("truediv")) return true;
            return FLOAT_OPS.contains(op) && (likely(b.left()) || likely(b.right()));
        }
        if (e instanceof Expr.UnaryOp u) return (u.op() == Unaryop.USub || u.op() == Unaryop.UAdd) && likely(u.operand());
        if (e instanceof Expr.IfExp i) return likely(i.body()) && likely(i.orelse());
        if (e instanceof Expr.NamedExpr n) return likely(n.value());
        if (e instanceof Expr.Call c) return isFloatCall(c);
        return false;
    }

    private boolean isFloatCall(Expr.Call c) {
        if (c.func() instanceof Expr.Name n) return n.id().equals("float") && c.args().size() == 1 && f.resolve("float") instanceof VarRef.Global;
        return c.func() instanceof Expr.Attribute a && a.value() instanceof Expr.Name m && m.id().equals("math")
            && MATH_FLOAT.contains(a.attr());
    }

    private static boolean isFloatAnnotation(Expr e) {
        return e instanceof Expr.Name n && n.id().equals("float")
            || e instanceof Expr.Constant c && c.value() instanceof ConstValue.Str s && s.value().equals("float");
    }

    /** Values that can never be numbers: a variable holding one is better left an ordinary object. */
    private static boolean notANumber(Expr e) {
        if (e instanceof Expr.Constant c) return c.value() instanceof ConstValue.Str || c.value() instanceof ConstValue.Bytes;
        return e instanceof Expr.JoinedStr || e instanceof Expr.List || e instanceof Expr.Tuple || e instanceof Expr.Dict
            || e instanceof Expr.Set || e instanceof Expr.ListComp || e instanceof Expr.DictComp || e instanceof Expr.SetComp
            || e instanceof Expr.GeneratorExp || e instanceof Expr.Lambda;
    }

    private record Assigned(String name, Expr value) {}

    /** Simple assignments to names in this scope (nested functions, classes and comprehensions are other scopes). */
    private static final class Assignments extends AstWalker {
        final List<Assigned> values = new java.util.ArrayList<>();
        /** Names a for statement assigns: each iteration stores an object, unboxing would not pay. */
        final Set<String> loopTargets = new HashSet<>();

        @Override public Void visitFor(Stmt.For n) {
            new AstWalker() {
                @Override public Void visitName(Expr.Name name) {
                    loopTargets.add(name.id());
                    return null;
                }
            }.expr(n.target());
            return super.visitFor(n);
        }

        /** (name, other operand) of arithmetic with a name operand. */
        final List<Assigned> partners = new java.util.ArrayList<>();

        @Override public Void visitBinOp(Expr.BinOp n) {
            if (FLOAT_OPS.contains(Builtins.BINOPS.get(n.op().ordinal()))) {
                if (n.left() instanceof Expr.Name l) partners.add(new Assigned(l.id(), n.right()));
                if (n.right() instanceof Expr.Name r) partners.add(new Assigned(r.id(), n.left()));
            }
            return super.visitBinOp(n);
        }
        final Set<String> annotated = new HashSet<>();

        @Override public Void visitAssign(Stmt.Assign n) {
            for (Expr t : n.targets()) if (t instanceof Expr.Name name) values.add(new Assigned(name.id(), n.value()));
            return super.visitAssign(n);
        }

        @Override public Void visitAugAssign(Stmt.AugAssign n) {
            if (n.target() instanceof Expr.Name name && FLOAT_OPS.contains(Builtins.BINOPS.get(n.op().ordinal())))
                partners.add(new Assigned(name.id(), n.value()));
            if (n.target() instanceof Expr.Name name)
                values.add(new Assigned(name.id(), new Expr.BinOp(n.target(), n.op(), n.value(), n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset())));
            return super.visitAugAssign(n);
        }

        @Override public Void visitAnnAssign(Stmt.AnnAssign n) {
            if (n.target() instanceof Expr.Name name) {
                if (isFloatAnnotation(n.annotation())) annotated.add(name.id());
                if (n.value() != null) values.add(new Assigned(name.id(), n.value()));
            }
            return super.visitAnnAssign(n);
        }

        @Override public Void visitNamedExpr(Expr.NamedExpr n) {
            if (n.target() instanceof Expr.Name name) values.add(new Assigned(name.id(), n.value()));
            return super.visitNamedExpr(n);
        }

        @Override public Void visitFunctionDef(Stmt.FunctionDef n) { return null; }
        @Override public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef n) { return null; }
        @Override public Void visitClassDef(Stmt.ClassDef n) { return null; }
        @Override public Void visitLambda(Expr.Lambda n) { return null; }
        @Override public Void visitListComp(Expr.ListComp n) { return null; }
        @Override public Void visitSetComp(Expr.SetComp n) { return null; }
        @Override public Void visitDictComp(Expr.DictComp n) { return null; }
        @Override public Void visitGeneratorExp(Expr.GeneratorExp n) { return null; }
    }
}
