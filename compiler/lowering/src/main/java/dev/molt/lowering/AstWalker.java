package dev.molt.lowering;

import dev.molt.frontend.ast.Arg;
import dev.molt.frontend.ast.Arguments;
import dev.molt.frontend.ast.Comprehension;
import dev.molt.frontend.ast.ExceptHandler;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Keyword;
import dev.molt.frontend.ast.MatchCase;
import dev.molt.frontend.ast.Pattern;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.ast.Withitem;
import java.util.List;

/** Visits every node, recursing by default; analyses override the kinds they care about (STYLE.md habit 3). */
public abstract class AstWalker implements Stmt.Visitor<Void>, Expr.Visitor<Void>, Pattern.Visitor<Void> {
    protected void stmts(List<Stmt> body) { for (Stmt s : body) s.accept(this); }

    protected void expr(Expr e) { if (e != null) e.accept(this); }

    protected void exprs(List<Expr> es) { for (Expr e : es) expr(e); }

    protected void arguments(Arguments a) {
        for (Arg p : a.posonlyargs()) expr(p.annotation());
        for (Arg p : a.args()) expr(p.annotation());
        if (a.vararg() != null) expr(a.vararg().annotation());
        for (Arg p : a.kwonlyargs()) expr(p.annotation());
        if (a.kwarg() != null) expr(a.kwarg().annotation());
        exprs(a.defaults());
        for (Expr d : a.kwDefaults()) expr(d);
    }

    protected void generators(List<Comprehension> gens) {
        for (Comprehension g : gens) { expr(g.target()); expr(g.iter()); exprs(g.ifs()); }
    }

    public Void visitFunctionDef(Stmt.FunctionDef n) { exprs(n.decoratorList()); arguments(n.args()); expr(n.returns()); stmts(n.body()); return null; }
    public Void visitAsyncFunctionDef(Stmt.AsyncFunctionDef n) { exprs(n.decoratorList()); arguments(n.args()); expr(n.returns()); stmts(n.body()); return null; }
    public Void visitClassDef(Stmt.ClassDef n) {
        exprs(n.decoratorList()); exprs(n.bases());
        for (Keyword k : n.keywords()) expr(k.value());
        stmts(n.body());
        return null;
    }
    public Void visitReturn(Stmt.Return n) { expr(n.value()); return null; }
    public Void visitDelete(Stmt.Delete n) { exprs(n.targets()); return null; }
    public Void visitAssign(Stmt.Assign n) { exprs(n.targets()); expr(n.value()); return null; }
    public Void visitTypeAlias(Stmt.TypeAlias n) { expr(n.name()); expr(n.value()); return null; }
    public Void visitAugAssign(Stmt.AugAssign n) { expr(n.target()); expr(n.value()); return null; }
    public Void visitAnnAssign(Stmt.AnnAssign n) { expr(n.target()); expr(n.annotation()); expr(n.value()); return null; }
    public Void visitFor(Stmt.For n) { expr(n.target()); expr(n.iter()); stmts(n.body()); stmts(n.orelse()); return null; }
    public Void visitAsyncFor(Stmt.AsyncFor n) { expr(n.target()); expr(n.iter()); stmts(n.body()); stmts(n.orelse()); return null; }
    public Void visitWhile(Stmt.While n) { expr(n.test()); stmts(n.body()); stmts(n.orelse()); return null; }
    public Void visitIf(Stmt.If n) { expr(n.test()); stmts(n.body()); stmts(n.orelse()); return null; }
    public Void visitWith(Stmt.With n) { for (Withitem w : n.items()) { expr(w.contextExpr()); expr(w.optionalVars()); } stmts(n.body()); return null; }
    public Void visitAsyncWith(Stmt.AsyncWith n) { for (Withitem w : n.items()) { expr(w.contextExpr()); expr(w.optionalVars()); } stmts(n.body()); return null; }
    public Void visitMatch(Stmt.Match n) {
        expr(n.subject());
        for (MatchCase c : n.cases()) { c.pattern().accept(this); expr(c.guard()); stmts(c.body()); }
        return null;
    }
    public Void visitRaise(Stmt.Raise n) { expr(n.exc()); expr(n.cause()); return null; }
    protected void handlers(List<ExceptHandler> hs) { for (ExceptHandler h : hs) { expr(h.type()); stmts(h.body()); } }
    public Void visitTry(Stmt.Try n) { stmts(n.body()); handlers(n.handlers()); stmts(n.orelse()); stmts(n.finalbody()); return null; }
    public Void visitTryStar(Stmt.TryStar n) { stmts(n.body()); handlers(n.handlers()); stmts(n.orelse()); stmts(n.finalbody()); return null; }
    public Void visitAssert(Stmt.Assert n) { expr(n.test()); expr(n.msg()); return null; }
    public Void visitImport(Stmt.Import n) { return null; }
    public Void visitImportFrom(Stmt.ImportFrom n) { return null; }
    public Void visitGlobal(Stmt.Global n) { return null; }
    public Void visitNonlocal(Stmt.Nonlocal n) { return null; }
    public Void visitExpr(Stmt.Expr n) { expr(n.value()); return null; }
    public Void visitPass(Stmt.Pass n) { return null; }
    public Void visitBreak(Stmt.Break n) { return null; }
    public Void visitContinue(Stmt.Continue n) { return null; }

    public Void visitBoolOp(Expr.BoolOp n) { exprs(n.values()); return null; }
    public Void visitNamedExpr(Expr.NamedExpr n) { expr(n.value()); expr(n.target()); return null; }
    public Void visitBinOp(Expr.BinOp n) { expr(n.left()); expr(n.right()); return null; }
    public Void visitUnaryOp(Expr.UnaryOp n) { expr(n.operand()); return null; }
    public Void visitLambda(Expr.Lambda n) { arguments(n.args()); expr(n.body()); return null; }
    public Void visitIfExp(Expr.IfExp n) { expr(n.test()); expr(n.body()); expr(n.orelse()); return null; }
    public Void visitDict(Expr.Dict n) { for (Expr k : n.keys()) expr(k); exprs(n.values()); return null; }
    public Void visitSet(Expr.Set n) { exprs(n.elts()); return null; }
    public Void visitListComp(Expr.ListComp n) { generators(n.generators()); expr(n.elt()); return null; }
    public Void visitSetComp(Expr.SetComp n) { generators(n.generators()); expr(n.elt()); return null; }
    public Void visitDictComp(Expr.DictComp n) { generators(n.generators()); expr(n.key()); expr(n.value()); return null; }
    public Void visitGeneratorExp(Expr.GeneratorExp n) { generators(n.generators()); expr(n.elt()); return null; }
    public Void visitAwait(Expr.Await n) { expr(n.value()); return null; }
    public Void visitYield(Expr.Yield n) { expr(n.value()); return null; }
    public Void visitYieldFrom(Expr.YieldFrom n) { expr(n.value()); return null; }
    public Void visitCompare(Expr.Compare n) { expr(n.left()); exprs(n.comparators()); return null; }
    public Void visitCall(Expr.Call n) { expr(n.func()); exprs(n.args()); for (Keyword k : n.keywords()) expr(k.value()); return null; }
    public Void visitFormattedValue(Expr.FormattedValue n) { expr(n.value()); expr(n.formatSpec()); return null; }
    public Void visitJoinedStr(Expr.JoinedStr n) { exprs(n.values()); return null; }
    public Void visitConstant(Expr.Constant n) { return null; }
    public Void visitAttribute(Expr.Attribute n) { expr(n.value()); return null; }
    public Void visitSubscript(Expr.Subscript n) { expr(n.value()); expr(n.slice()); return null; }
    public Void visitStarred(Expr.Starred n) { expr(n.value()); return null; }
    public Void visitName(Expr.Name n) { return null; }
    public Void visitList(Expr.List n) { exprs(n.elts()); return null; }
    public Void visitTuple(Expr.Tuple n) { exprs(n.elts()); return null; }
    public Void visitSlice(Expr.Slice n) { expr(n.lower()); expr(n.upper()); expr(n.step()); return null; }

    public Void visitMatchValue(Pattern.MatchValue n) { expr(n.value()); return null; }
    public Void visitMatchSingleton(Pattern.MatchSingleton n) { return null; }
    public Void visitMatchSequence(Pattern.MatchSequence n) { for (Pattern p : n.patterns()) p.accept(this); return null; }
    public Void visitMatchMapping(Pattern.MatchMapping n) { exprs(n.keys()); for (Pattern p : n.patterns()) p.accept(this); return null; }
    public Void visitMatchClass(Pattern.MatchClass n) {
        expr(n.cls());
        for (Pattern p : n.patterns()) p.accept(this);
        for (Pattern p : n.kwdPatterns()) p.accept(this);
        return null;
    }
    public Void visitMatchStar(Pattern.MatchStar n) { return null; }
    public Void visitMatchAs(Pattern.MatchAs n) { if (n.pattern() != null) n.pattern().accept(this); return null; }
    public Void visitMatchOr(Pattern.MatchOr n) { for (Pattern p : n.patterns()) p.accept(this); return null; }

}
