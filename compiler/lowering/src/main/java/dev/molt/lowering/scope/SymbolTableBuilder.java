package dev.molt.lowering.scope;

import dev.molt.frontend.ast.Alias;
import dev.molt.frontend.ast.Arg;
import dev.molt.frontend.ast.Arguments;
import dev.molt.frontend.ast.Comprehension;
import dev.molt.frontend.ast.ExceptHandler;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.Keyword;
import dev.molt.frontend.ast.Located;
import dev.molt.frontend.ast.MatchCase;
import dev.molt.frontend.ast.Mod;
import dev.molt.frontend.ast.Node;
import dev.molt.frontend.ast.Pattern;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.ast.Withitem;
import java.util.List;
import java.util.Map;

import static dev.molt.lowering.scope.Scope.DEF_ANNOT;
import static dev.molt.lowering.scope.Scope.DEF_COMP_ITER;
import static dev.molt.lowering.scope.Scope.DEF_GLOBAL;
import static dev.molt.lowering.scope.Scope.DEF_IMPORT;
import static dev.molt.lowering.scope.Scope.DEF_LOCAL;
import static dev.molt.lowering.scope.Scope.DEF_NONLOCAL;
import static dev.molt.lowering.scope.Scope.DEF_PARAM;
import static dev.molt.lowering.scope.Scope.USE;

/** First pass of the symbol table: records how each scope uses each name (symtable_visit_*). */
final class SymbolTableBuilder implements Stmt.Visitor<Void>, Expr.Visitor<Void>, Pattern.Visitor<Void> {
    private final Map<Node, Scope> scopes;
    private final Scope root;
    private Scope cur;

    SymbolTableBuilder(Scope root, Map<Node, Scope> scopes) {
        this.root = root;
        this.cur = root;
        this.scopes = scopes;
    }

    void module(Mod.Module m) { stmts(m.body()); }

    // ------------------------------------------------------------------ helpers

    private void stmts(List<Stmt> body) { for (Stmt s : body) s.accept(this); }

    private void expr(Expr e) { if (e != null) e.accept(this); }

    private void exprs(List<Expr> es) { for (Expr e : es) expr(e); }

    private void addDef(String name, int flag, Located at) { addDefIn(cur, name, flag, at); }

    private void addDefIn(Scope s, String name, int flag, Located at) {
        String mangled = Mangling.mangle(s.privateName, name);
        int old = s.flagsOf(mangled);
        if ((flag & DEF_PARAM) != 0 && (old & DEF_PARAM) != 0)
            throw new ScopeError("duplicate argument '" + name + "' in function definition", at);
        s.flags.put(mangled, old | flag);
        if ((flag & DEF_PARAM) != 0) s.params.add(mangled);
        else if ((flag & DEF_GLOBAL) != 0 && s != root) {
            // A global declaration in a nested scope makes the name a module global too.
            root.flags.put(mangled, root.flagsOf(mangled) | DEF_GLOBAL);
        }
    }

    private int lookup(String name) { return cur.flagsOf(Mangling.mangle(cur.privateName, name)); }

    private Scope enter(Scope.Kind kind, String name, Node node) {
        Scope s = new Scope(kind, name, node, cur);
        scopes.put(node, s);
        cur = s;
        return s;
    }

    private void exit(Scope previous) { cur = previous; }

    private void arguments(Arguments a) {
        for (Arg p : a.posonlyargs()) addDef(p.arg(), DEF_PARAM, p);
        for (Arg p : a.args()) addDef(p.arg(), DEF_PARAM, p);
        if (a.vararg() != null) addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
        for (Arg p : a.kwonlyargs()) addDef(p.arg(), DEF_PARAM, p);
        if (a.kwarg() != null) addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
    }

    private void annotations(Arguments a, Expr returns) {
        for (Arg p : a.posonlyargs()) expr(p.annotation());
        for (Arg p : a.args()) expr(p.annotation());
        if (a.vararg() != null) expr(a.vararg().annotation());
        for (Arg p : a.kwonlyargs()) expr(p.annotation());
        if (a.kwarg() != null) expr(a.kwarg().annotation());
        expr(returns);
    }

    private void function(Node node, String name, Arguments args, List<Expr> decorators, Expr returns,
                          List<Stmt> body, boolean async, Located at) {
        addDef(name, DEF_LOCAL, at);
        exprs(args.defaults());
        for (Expr d : args.kwDefaults()) expr(d);
        annotations(args, returns);
        exprs(decorators);
        Scope prev = cur;
        Scope s = enter(Scope.Kind.FUNCTION, name, node);
        s.coroutine = async;
        arguments(args);
        stmts(body);
        exit(prev);
    }

    // ------------------------------------------------------------------ statements

    public Void visitFunctionDef(Stmt.FunctionDef n) {
        function(n, n.name(), n.args(), n.decoratorList(), n.returns(), n.body(), false, n);
        return null;
    }

    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef n) {
        function(n, n.name(), n.args(), n.decoratorList(), n.returns(), n.body(), true, n);
        return null;
    }

    public Void visitClassDef(Stmt.ClassDef n) {
        addDef(n.name(), DEF_LOCAL, n);
        exprs(n.bases());
        for (Keyword k : n.keywords()) expr(k.value());
        exprs(n.decoratorList());
        Scope prev = cur;
        Scope s = enter(Scope.Kind.CLASS, n.name(), n);
        s.privateName = n.name();
        stmts(n.body());
        exit(prev);
        return null;
    }

    public Void visitReturn(Stmt.Return n) { expr(n.value()); return null; }

    public Void visitDelete(Stmt.Delete n) { exprs(n.targets()); return null; }

    public Void visitAssign(Stmt.Assign n) { exprs(n.targets()); expr(n.value()); return null; }

    public Void visitTypeAlias(Stmt.TypeAlias n) { expr(n.name()); expr(n.value()); return null; }

    public Void visitAugAssign(Stmt.AugAssign n) { expr(n.target()); expr(n.value()); return null; }

    public Void visitAnnAssign(Stmt.AnnAssign n) {
        if (n.target() instanceof Expr.Name t) {
            int c = lookup(t.id());
            if ((c & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur != root && n.simple() != 0)
                throw new ScopeError("annotated name '" + t.id() + "' can't be " + ((c & DEF_GLOBAL) != 0 ? "global" : "nonlocal"), n);
            if (n.simple() != 0) addDef(t.id(), DEF_ANNOT | DEF_LOCAL, t);
            else if (n.value() != null) addDef(t.id(), DEF_LOCAL, t);
        } else expr(n.target());
        expr(n.annotation());
        expr(n.value());
        return null;
    }

    public Void visitFor(Stmt.For n) { expr(n.target()); expr(n.iter()); stmts(n.body()); stmts(n.orelse()); return null; }

    public Void visitAsyncFor(Stmt.AsyncFor n) { expr(n.target()); expr(n.iter()); stmts(n.body()); stmts(n.orelse()); return null; }

    public Void visitWhile(Stmt.While n) { expr(n.test()); stmts(n.body()); stmts(n.orelse()); return null; }

    public Void visitIf(Stmt.If n) { expr(n.test()); stmts(n.body()); stmts(n.orelse()); return null; }

    private void withItems(List<Withitem> items) {
        for (Withitem w : items) { expr(w.contextExpr()); expr(w.optionalVars()); }
    }

    public Void visitWith(Stmt.With n) { withItems(n.items()); stmts(n.body()); return null; }

    public Void visitAsyncWith(Stmt.AsyncWith n) { withItems(n.items()); stmts(n.body()); return null; }

    public Void visitMatch(Stmt.Match n) {
        expr(n.subject());
        for (MatchCase c : n.cases()) {
            c.pattern().accept(this);
            expr(c.guard());
            stmts(c.body());
        }
        return null;
    }

    public Void visitRaise(Stmt.Raise n) { expr(n.exc()); expr(n.cause()); return null; }

    private void handlers(List<ExceptHandler> hs) {
        for (ExceptHandler h : hs) {
            expr(h.type());
            if (h.name() != null) addDef(h.name(), DEF_LOCAL, h);
            stmts(h.body());
        }
    }

    public Void visitTry(Stmt.Try n) { stmts(n.body()); stmts(n.orelse()); handlers(n.handlers()); stmts(n.finalbody()); return null; }

    public Void visitTryStar(Stmt.TryStar n) { stmts(n.body()); stmts(n.orelse()); handlers(n.handlers()); stmts(n.finalbody()); return null; }

    public Void visitAssert(Stmt.Assert n) { expr(n.test()); expr(n.msg()); return null; }

    private void alias(Alias a, Located stmt) {
        if (a.name().equals("*")) {
            if (cur != root) throw new ScopeError("import * only allowed at module level", a);
            return;
        }
        String bound = a.asname() != null ? a.asname() : a.name().split("\\.", 2)[0];
        addDef(bound, DEF_IMPORT, a);
    }

    public Void visitImport(Stmt.Import n) { for (Alias a : n.names()) alias(a, n); return null; }

    public Void visitImportFrom(Stmt.ImportFrom n) { for (Alias a : n.names()) alias(a, n); return null; }

    public Void visitGlobal(Stmt.Global n) {
        for (String name : n.names()) {
            int c = lookup(name);
            if ((c & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((c & DEF_PARAM) != 0) msg = "name '" + name + "' is parameter and global";
                else if ((c & USE) != 0) msg = "name '" + name + "' is used prior to global declaration";
                else if ((c & DEF_ANNOT) != 0) msg = "annotated name '" + name + "' can't be global";
                else msg = "name '" + name + "' is assigned to before global declaration";
                throw new ScopeError(msg, n);
            }
            addDef(name, DEF_GLOBAL, n);
            cur.directives.putIfAbsent(Mangling.mangle(cur.privateName, name), n);
        }
        return null;
    }

    public Void visitNonlocal(Stmt.Nonlocal n) {
        for (String name : n.names()) {
            int c = lookup(name);
            if ((c & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((c & DEF_PARAM) != 0) msg = "name '" + name + "' is parameter and nonlocal";
                else if ((c & USE) != 0) msg = "name '" + name + "' is used prior to nonlocal declaration";
                else if ((c & DEF_ANNOT) != 0) msg = "annotated name '" + name + "' can't be nonlocal";
                else msg = "name '" + name + "' is assigned to before nonlocal declaration";
                throw new ScopeError(msg, n);
            }
            addDef(name, DEF_NONLOCAL, n);
            cur.directives.putIfAbsent(Mangling.mangle(cur.privateName, name), n);
        }
        return null;
    }

    public Void visitExpr(Stmt.Expr n) { expr(n.value()); return null; }

    public Void visitPass(Stmt.Pass n) { return null; }

    public Void visitBreak(Stmt.Break n) { return null; }

    public Void visitContinue(Stmt.Continue n) { return null; }

    // ------------------------------------------------------------------ expressions

    public Void visitBoolOp(Expr.BoolOp n) { exprs(n.values()); return null; }

    public Void visitNamedExpr(Expr.NamedExpr n) {
        if (cur.compIterExpr > 0)
            throw new ScopeError("assignment expression cannot be used in a comprehension iterable expression", n);
        if (cur.kind() == Scope.Kind.COMPREHENSION) extendNamedExprScope((Expr.Name) n.target());
        expr(n.value());
        expr(n.target());
        return null;
    }

    /** A walrus inside a comprehension binds in the nearest enclosing function (or module). */
    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        for (Scope s = cur; s != null; s = s.parent()) {
            if (s.kind() == Scope.Kind.COMPREHENSION) {
                if ((s.flagsOf(name) & DEF_COMP_ITER) != 0)
                    throw new ScopeError("assignment expression cannot rebind comprehension iteration variable '" + name + "'", target);
                continue;
            }
            if (s.kind() == Scope.Kind.FUNCTION) {
                addDef(name, (s.flagsOf(name) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
                cur.directives.putIfAbsent(name, target);
                addDefIn(s, name, DEF_LOCAL, target);
                return;
            }
            if (s.kind() == Scope.Kind.MODULE) {
                addDef(name, DEF_GLOBAL, target);
                cur.directives.putIfAbsent(name, target);
                addDefIn(s, name, DEF_GLOBAL, target);
                return;
            }
            throw new ScopeError("assignment expression within a comprehension cannot be used in a class body", target);
        }
    }

    public Void visitBinOp(Expr.BinOp n) { expr(n.left()); expr(n.right()); return null; }

    public Void visitUnaryOp(Expr.UnaryOp n) { expr(n.operand()); return null; }

    public Void visitLambda(Expr.Lambda n) {
        exprs(n.args().defaults());
        for (Expr d : n.args().kwDefaults()) expr(d);
        Scope prev = cur;
        enter(Scope.Kind.FUNCTION, "lambda", n);
        arguments(n.args());
        expr(n.body());
        exit(prev);
        return null;
    }

    public Void visitIfExp(Expr.IfExp n) { expr(n.test()); expr(n.body()); expr(n.orelse()); return null; }

    public Void visitDict(Expr.Dict n) {
        for (Expr k : n.keys()) expr(k);
        exprs(n.values());
        return null;
    }

    public Void visitSet(Expr.Set n) { exprs(n.elts()); return null; }

    private void comprehension(Node node, String scopeName, String kindText, List<Comprehension> gens, Expr elt, Expr value, boolean genexp) {
        Comprehension outer = gens.get(0);
        cur.compIterExpr++;
        expr(outer.iter());
        cur.compIterExpr--;
        Scope prev = cur;
        Scope s = enter(Scope.Kind.COMPREHENSION, scopeName, node);
        s.compKind = kindText;
        if (outer.isAsync() != 0) s.coroutine = true;
        if (genexp) s.generator = true;
        s.flags.put(".0", DEF_PARAM);
        s.params.add(".0");
        compTarget(outer.target());
        exprs(outer.ifs());
        for (int i = 1; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (g.isAsync() != 0) s.coroutine = true;
            compTarget(g.target());
            s.compIterExpr++;
            expr(g.iter());
            s.compIterExpr--;
            exprs(g.ifs());
        }
        if (value != null) expr(value);
        expr(elt);
        exit(prev);
    }

    private boolean inCompTarget;

    private void compTarget(Expr target) {
        boolean saved = inCompTarget;
        inCompTarget = true;
        expr(target);
        inCompTarget = saved;
    }

    public Void visitListComp(Expr.ListComp n) { comprehension(n, "listcomp", "list comprehension", n.generators(), n.elt(), null, false); return null; }

    public Void visitSetComp(Expr.SetComp n) { comprehension(n, "setcomp", "set comprehension", n.generators(), n.elt(), null, false); return null; }

    public Void visitDictComp(Expr.DictComp n) { comprehension(n, "dictcomp", "dict comprehension", n.generators(), n.key(), n.value(), false); return null; }

    public Void visitGeneratorExp(Expr.GeneratorExp n) { comprehension(n, "genexpr", "generator expression", n.generators(), n.elt(), null, true); return null; }

    public Void visitAwait(Expr.Await n) { expr(n.value()); return null; }

    private void yieldIn(Located at) {
        if (cur.kind() == Scope.Kind.COMPREHENSION) throw new ScopeError("'yield' inside " + cur.compKind, at);
        cur.generator = true;
    }

    public Void visitYield(Expr.Yield n) { expr(n.value()); yieldIn(n); return null; }

    public Void visitYieldFrom(Expr.YieldFrom n) { expr(n.value()); yieldIn(n); return null; }

    public Void visitCompare(Expr.Compare n) { expr(n.left()); exprs(n.comparators()); return null; }

    public Void visitCall(Expr.Call n) {
        expr(n.func());
        exprs(n.args());
        for (Keyword k : n.keywords()) expr(k.value());
        return null;
    }

    public Void visitFormattedValue(Expr.FormattedValue n) { expr(n.value()); expr(n.formatSpec()); return null; }

    public Void visitJoinedStr(Expr.JoinedStr n) { exprs(n.values()); return null; }

    public Void visitConstant(Expr.Constant n) { return null; }

    public Void visitAttribute(Expr.Attribute n) { expr(n.value()); return null; }

    public Void visitSubscript(Expr.Subscript n) { expr(n.value()); expr(n.slice()); return null; }

    public Void visitStarred(Expr.Starred n) { expr(n.value()); return null; }

    public Void visitName(Expr.Name n) {
        int flag = n.ctx() == ExprContext.Load ? USE : DEF_LOCAL;
        if (inCompTarget && flag == DEF_LOCAL) flag |= DEF_COMP_ITER;
        addDef(n.id(), flag, n);
        // super() needs the __class__ cell of the enclosing class.
        if (n.ctx() == ExprContext.Load && cur.kind() == Scope.Kind.FUNCTION && n.id().equals("super"))
            addDef("__class__", USE, n);
        return null;
    }

    public Void visitList(Expr.List n) { exprs(n.elts()); return null; }

    public Void visitTuple(Expr.Tuple n) { exprs(n.elts()); return null; }

    public Void visitSlice(Expr.Slice n) { expr(n.lower()); expr(n.upper()); expr(n.step()); return null; }

    // ------------------------------------------------------------------ patterns

    public Void visitMatchValue(Pattern.MatchValue n) { expr(n.value()); return null; }

    public Void visitMatchSingleton(Pattern.MatchSingleton n) { return null; }

    public Void visitMatchSequence(Pattern.MatchSequence n) { for (Pattern p : n.patterns()) p.accept(this); return null; }

    public Void visitMatchMapping(Pattern.MatchMapping n) {
        exprs(n.keys());
        for (Pattern p : n.patterns()) p.accept(this);
        if (n.rest() != null) addDef(n.rest(), DEF_LOCAL, n);
        return null;
    }

    public Void visitMatchClass(Pattern.MatchClass n) {
        expr(n.cls());
        for (Pattern p : n.patterns()) p.accept(this);
        for (Pattern p : n.kwdPatterns()) p.accept(this);
        return null;
    }

    public Void visitMatchStar(Pattern.MatchStar n) {
        if (n.name() != null) addDef(n.name(), DEF_LOCAL, n);
        return null;
    }

    public Void visitMatchAs(Pattern.MatchAs n) {
        if (n.pattern() != null) n.pattern().accept(this);
        if (n.name() != null) addDef(n.name(), DEF_LOCAL, n);
        return null;
    }

    public Void visitMatchOr(Pattern.MatchOr n) { for (Pattern p : n.patterns()) p.accept(this); return null; }
}
