package dev.molt.frontend.parser;

import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an expression parsed in Load context into an assignment or deletion target: checks it is
 * a valid target (CPython's _PyPegen_get_invalid_target) and rebuilds it with Store or Del context.
 */
final class Targets {
    enum Kind { STAR, FOR, DEL }

    private Targets() {}

    /** The first sub-expression that cannot be a target of this kind, or null when all is valid. */
    static Expr invalidTarget(Expr e, Kind kind) {
        if (e instanceof Expr.List l) return firstInvalid(l.elts(), kind);
        if (e instanceof Expr.Tuple t) return firstInvalid(t.elts(), kind);
        if (e instanceof Expr.Starred st) return kind == Kind.DEL ? e : invalidTarget(st.value(), kind);
        if (e instanceof Expr.Compare c) {
            // `for a in b` reaches here as the comparison `a in b`; blame its left side.
            if (kind == Kind.FOR) {
                return c.ops().get(0) == dev.molt.frontend.ast.Cmpop.In ? invalidTarget(c.left(), kind) : null;
            }
            return e;
        }
        if (e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute) return null;
        return e;
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr x : elts) {
            Expr bad = invalidTarget(x, kind);
            if (bad != null) return bad;
        }
        return null;
    }

    /** Raises CPython's "cannot assign to X" / "cannot delete X" if {@code e} is not a valid target. */
    static void check(SyntaxErrors err, Expr e, Kind kind) {
        Expr bad = invalidTarget(e, kind);
        if (bad == null) return;
        String what = SyntaxErrors.exprName(bad);
        throw err.at(bad, kind == Kind.DEL ? SyntaxErrors.cannotDelete(what) : SyntaxErrors.cannotAssign(what));
    }

    /** The same expression with Store/Del context; the caller has checked validity. */
    static Expr withContext(Expr e, ExprContext ctx) {
        if (e instanceof Expr.Name n) {
            return new Expr.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
        }
        if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
        }
        if (e instanceof Expr.Subscript sub) {
            return new Expr.Subscript(sub.value(), sub.slice(), ctx, sub.lineno(), sub.colOffset(), sub.endLineno(),
                    sub.endColOffset());
        }
        if (e instanceof Expr.Starred st) {
            return new Expr.Starred(withContext(st.value(), ctx), ctx, st.lineno(), st.colOffset(), st.endLineno(),
                    st.endColOffset());
        }
        if (e instanceof Expr.List l) {
            return new Expr.List(all(l.elts(), ctx), ctx, l.lineno(), l.colOffset(), l.endLineno(), l.endColOffset());
        }
        if (e instanceof Expr.Tuple t) {
            return new Expr.Tuple(all(t.elts(), ctx), ctx, t.lineno(), t.colOffset(), t.endLineno(), t.endColOffset());
        }
        return e;
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) out.add(withContext(x, ctx));
        return out;
    }
}
