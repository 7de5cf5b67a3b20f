package dev.molt.frontend.parser;

import static dev.molt.frontend.lexer.TokenKind.*;

import dev.molt.frontend.ast.Alias;
import dev.molt.frontend.ast.Arguments;
import dev.molt.frontend.ast.ExceptHandler;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.Keyword;
import dev.molt.frontend.ast.Operator;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.ast.TypeParam;
import dev.molt.frontend.ast.Withitem;
import dev.molt.frontend.lexer.Token;
import dev.molt.frontend.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements. Simple statements that start with an expression are parsed as an expression first
 * and then, seeing '=', ':' or an augmented operator, turned into targets (one token of
 * lookahead instead of CPython's backtracking over the assignment alternatives).
 */
final class StatementParser extends SubParser {
    StatementParser(ParserState s) {
        super(s);
    }

    /** file: statements up to ENDMARKER. */
    List<Stmt> file() {
        List<Stmt> body = new ArrayList<>();
        while (!at(ENDMARKER)) statement(body);
        return body;
    }

    /** One statement (a compound one, or a line of ';'-separated simple ones) appended to {@code out}. */
    void statement(List<Stmt> out) {
        int before = ts.mark();
        Stmt compound = compoundStatement();
        if (compound != null) {
            out.add(compound);
        } else {
            simpleStatements(out);
        }
        if (ts.mark() == before) throw fail(); // progress guard: every statement consumes a token
    }

    private Stmt compoundStatement() {
        switch (ts.kind()) {
            case DEF: return functionDef(List.of(), null);
            case IF: return ifStatement(next(), "'if' statement");
            case CLASS: return classDef(List.of(), null);
            case WITH: return withStatement(null);
            case FOR: return forStatement(null);
            case TRY: return tryStatement();
            case WHILE: return whileStatement();
            case AT: return decorated();
            case ASYNC: {
                Token async = next();
                switch (ts.kind()) {
                    case DEF: return functionDef(List.of(), async);
                    case WITH: return withStatement(async);
                    case FOR: return forStatement(async);
                    default: throw fail();
                }
            }
            case NAME:
                if (peek().text().equals("match")) return s.pattern.matchStatementOrNull();
                return null;
            default:
                return null;
        }
    }

    // ---- blocks ------------------------------------------------------------------------------

    /** block: NEWLINE INDENT statements DEDENT, or simple statements on the same line. */
    List<Stmt> block(String what, int line) {
        List<Stmt> body = new ArrayList<>();
        if (accept(NEWLINE) != null) {
            if (!at(INDENT)) throw err.indentation(peek(), SyntaxErrors.indentedBlock(what, line));
            next();
            enter();
            while (!at(DEDENT) && !at(ENDMARKER)) statement(body);
            accept(DEDENT);
            leave();
        } else {
            simpleStatements(body);
        }
        return body;
    }

    /** Consumes ':' before a block; {@code forced} mirrors CPython's {@code &&':'} (error right here). */
    void colon(boolean forced) {
        if (accept(COLON) != null) return;
        if (forced) throw err.at(peek(), SyntaxErrors.EXPECTED_COLON);
        if (at(NEWLINE)) throw err.atLast("SyntaxError", ts.furthest(), SyntaxErrors.EXPECTED_COLON);
        throw fail();
    }

    private int endLineSig() {
        return ts.prevSignificant().endLine();
    }

    private int endColSig() {
        return ts.prevSignificant().endCol();
    }

    // ---- simple statements -------------------------------------------------------------------

    /** Parses the line as simple statements (used to decide whether {@code match x} is an error). */
    void statementSimpleProbe(List<Stmt> out) {
        simpleStatements(out);
    }

    private void simpleStatements(List<Stmt> out) {
        out.add(simpleStatement());
        while (accept(SEMI) != null) {
            if (at(NEWLINE)) break;
            out.add(simpleStatement());
        }
        if (!at(NEWLINE)) throw fail();
        next();
    }

    private Stmt simpleStatement() {
        Token t = peek();
        switch (t.kind()) {
            case RETURN: {
                next();
                Expr v = startsExpression(ts.kind()) ? s.expr.starExpressions() : null;
                return new Stmt.Return(v, t.line(), t.col(), endLine(), endCol());
            }
            case IMPORT: return importName();
            case FROM: return importFrom();
            case RAISE: {
                next();
                Expr exc = null;
                Expr cause = null;
                if (startsExpression(ts.kind()) && !at(STAR)) {
                    exc = s.expr.expression();
                    if (accept(FROM) != null) cause = s.expr.expression();
                }
                return new Stmt.Raise(exc, cause, t.line(), t.col(), endLine(), endCol());
            }
            case PASS:
                next();
                return new Stmt.Pass(t.line(), t.col(), t.endLine(), t.endCol());
            case BREAK:
                next();
                return new Stmt.Break(t.line(), t.col(), t.endLine(), t.endCol());
            case CONTINUE:
                next();
                return new Stmt.Continue(t.line(), t.col(), t.endLine(), t.endCol());
            case DEL: return delStatement();
            case ASSERT: {
                next();
                Expr test = s.expr.expression();
                Expr msg = accept(COMMA) != null ? s.expr.expression() : null;
                return new Stmt.Assert(test, msg, t.line(), t.col(), endLine(), endCol());
            }
            case GLOBAL:
            case NONLOCAL: {
                next();
                List<String> names = new ArrayList<>();
                names.add(expect(NAME).text());
                while (accept(COMMA) != null) names.add(expect(NAME).text());
                return t.kind() == GLOBAL
                        ? new Stmt.Global(names, t.line(), t.col(), endLine(), endCol())
                        : new Stmt.Nonlocal(names, t.line(), t.col(), endLine(), endCol());
            }
            case NAME:
                if (t.text().equals("type") && at(NAME, 1) && (at(EQUAL, 2) || at(LSQB, 2))) {
                    int m = ts.mark();
                    try {
                        return typeAlias();
                    } catch (SyntaxFailure f) {
                        // as CPython's ordered choice: then try the line as an expression
                        if (!f.generic) throw f;
                        ts.reset(m);
                        expressionStatement();
                        throw f;
                    }
                }
                return expressionStatement();
            default:
                return expressionStatement();
        }
    }

    private Stmt typeAlias() {
        Token kw = next();
        Token n = expect(NAME);
        List<TypeParam> params = at(LSQB) ? typeParams() : List.of();
        expect(EQUAL);
        Expr value = s.expr.expression();
        return new Stmt.TypeAlias(name(n, ExprContext.Store), params, value, kw.line(), kw.col(), endLine(), endCol());
    }

    private Expr rhs() {
        return at(YIELD) ? s.expr.yieldExpr() : s.expr.starExpressions();
    }

    /** Expression statement, assignment, annotated assignment or augmented assignment. */
    private Stmt expressionStatement() {
        Token first = peek();
        if (!startsExpression(first.kind()) && first.kind() != YIELD) throw fail();
        Expr e = rhs();
        switch (ts.kind()) {
            case EQUAL: return assignment(first, e);
            case COLON: return annotated(first, e);
            default: {
                Operator op = augmentedOperator(ts.kind());
                if (op != null) return augmented(first, e, op);
                return new Stmt.Expr(e, first.line(), first.col(), endLine(), endCol());
            }
        }
    }

    private Stmt assignment(Token first, Expr firstTarget) {
        int firstIndex = ts.mark() - 1;
        while (ts.tokenAt(firstIndex) != first) firstIndex--;
        List<Expr> parts = new ArrayList<>();
        parts.add(firstTarget);
        int firstEqual = ts.mark();
        while (accept(EQUAL) != null) {
            try {
                parts.add(rhs());
            } catch (SyntaxFailure f) {
                // CPython blames an invalid target even when what follows its '=' is broken.
                if (!f.generic) throw f;
                for (Expr t : parts) {
                    if (Targets.invalidTarget(t, Targets.Kind.STAR) != null) {
                        invalidNamedTarget(firstIndex, firstEqual);
                        invalidAssignment(parts);
                    }
                }
                throw f;
            }
        }
        Expr value = parts.remove(parts.size() - 1);
        List<Expr> targets = new ArrayList<>(parts.size());
        for (Expr t : parts) {
            if (Targets.invalidTarget(t, Targets.Kind.STAR) != null) {
                int end = ts.mark();
                invalidNamedTarget(firstIndex, firstEqual);
                ts.reset(end);
                invalidAssignment(parts);
            }
            targets.add(Targets.withContext(t, ExprContext.Store));
        }
        return new Stmt.Assign(targets, value, null, first.line(), first.col(), endLine(), endCol());
    }

    /** invalid_assignment's last resorts: the first target that cannot be assigned to. */
    private void invalidAssignment(List<Expr> parts) {
        for (Expr t : parts) {
            if (Targets.invalidTarget(t, Targets.Kind.STAR) == null) continue;
            if (t instanceof Expr.Yield || t instanceof Expr.YieldFrom) throw err.at(t, SyntaxErrors.YIELD_ASSIGN);
            Targets.check(err, t, Targets.Kind.STAR);
        }
    }

    /**
     * invalid_named_expression as CPython reaches it on a failed assignment: the expression right
     * before the first '=' (the last item of an unparenthesized tuple) read as {@code x = value}
     * where '==' or ':=' was meant. Leaves the position anywhere; the caller resets it.
     */
    private void invalidNamedTarget(int firstIndex, int equalIndex) {
        int furthest = ts.furthestIndex();
        int level = s.level;
        int depth = s.depth;
        try {
            int start = firstIndex;
            int nesting = 0;
            for (int i = firstIndex; i < equalIndex; i++) {
                TokenKind k = ts.tokenAt(i).kind();
                if (k == LPAR || k == LSQB || k == LBRACE) nesting++;
                else if (k == RPAR || k == RSQB || k == RBRACE) nesting--;
                else if (k == COMMA && nesting == 0) start = i + 1;
            }
            Token startTok = ts.tokenAt(start);
            if (startTok.kind() == STAR || start == equalIndex) return;
            ts.reset(equalIndex + 1);
            s.lenient = true;
            Expr b = s.expr.bitwiseOr();
            s.lenient = false;
            if (at(EQUAL) || at(COLONEQUAL)) return;
            ts.reset(start);
            Expr a = s.expr.bitwiseOr();
            if (ts.mark() != equalIndex) return;
            if (a instanceof Expr.Name && start + 1 == equalIndex) {
                throw err.range(a, b, SyntaxErrors.MAYBE_EQ_OR_WALRUS);
            }
            TokenKind k = startTok.kind();
            if (k == TRUE || k == FALSE || k == NONE) return;
            if (k == LSQB || k == LPAR) {
                ts.reset(start);
                Expr atom = s.expr.atom();
                if (atom instanceof Expr.List || atom instanceof Expr.Tuple || atom instanceof Expr.GeneratorExp) return;
            }
            throw err.at(a, SyntaxErrors.cannotAssignHere(SyntaxErrors.exprName(a)));
        } catch (SyntaxFailure f) {
            if (!f.generic) throw f;
        } finally {
            s.lenient = false;
            ts.setFurthestIndex(furthest);
            s.level = level;
            s.depth = depth;
        }
    }

    private Stmt annotated(Token first, Expr target) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            // CPython only names the bad target once the annotation parses; else the error is
            // the generic one at ':' (its first pass never looked further).
            int m = ts.mark();
            int furthest = ts.furthestIndex();
            Token colon = next();
            try {
                s.expr.expression();
            } catch (SyntaxFailure f) {
                if (!f.generic) throw f;
                ts.setFurthestIndex(furthest);
                throw err.generic(colon);
            }
            ts.reset(m);
        }
        if (target instanceof Expr.Tuple t) {
            throw err.at(first.kind() == LPAR ? target : t.elts().get(0), SyntaxErrors.ONLY_SINGLE_TARGET_TUPLE);
        }
        if (target instanceof Expr.List) throw err.at(target, "only single target (not list) can be annotated");
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw err.at(target, SyntaxErrors.ILLEGAL_ANN_TARGET);
        }
        next();
        Expr annotation = s.expr.expression();
        Expr value = accept(EQUAL) != null ? rhs() : null;
        int simple = target instanceof Expr.Name && first.kind() == NAME ? 1 : 0;
        return new Stmt.AnnAssign(Targets.withContext(target, ExprContext.Store), annotation, value, simple,
                first.line(), first.col(), endLine(), endCol());
    }

    private Stmt augmented(Token first, Expr target, Operator op) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw err.at(target, "'" + SyntaxErrors.exprName(target) + "' is an illegal expression for augmented assignment");
        }
        next();
        Expr value = rhs();
        return new Stmt.AugAssign(Targets.withContext(target, ExprContext.Store), op, value, first.line(),
                first.col(), endLine(), endCol());
    }

    private static Operator augmentedOperator(TokenKind k) {
        switch (k) {
            case PLUSEQUAL: return Operator.Add;
            case MINEQUAL: return Operator.Sub;
            case STAREQUAL: return Operator.Mult;
            case ATEQUAL: return Operator.MatMult;
            case SLASHEQUAL: return Operator.Div;
            case PERCENTEQUAL: return Operator.Mod;
            case AMPEREQUAL: return Operator.BitAnd;
            case VBAREQUAL: return Operator.BitOr;
            case CIRCUMFLEXEQUAL: return Operator.BitXor;
            case LEFTSHIFTEQUAL: return Operator.LShift;
            case RIGHTSHIFTEQUAL: return Operator.RShift;
            case DOUBLESTAREQUAL: return Operator.Pow;
            case DOUBLESLASHEQUAL: return Operator.FloorDiv;
            default: return null;
        }
    }

    private Stmt delStatement() {
        Token kw = next();
        List<Expr> targets = new ArrayList<>();
        do {
            if (!startsExpression(ts.kind())) break;
            Expr t = s.expr.starExpression();
            Targets.check(err, t, Targets.Kind.DEL);
            targets.add(Targets.withContext(t, ExprContext.Del));
        } while (accept(COMMA) != null);
        if (targets.isEmpty()) throw fail();
        if (!at(SEMI) && !at(NEWLINE)) throw fail();
        return new Stmt.Delete(targets, kw.line(), kw.col(), endLine(), endCol());
    }

    private Stmt importName() {
        Token kw = next();
        List<Alias> names = new ArrayList<>();
        do {
            names.add(dottedAlias());
        } while (accept(COMMA) != null);
        if (at(FROM)) {
            next();
            expect(NAME);
            while (at(DOT) && at(NAME, 1)) {
                next();
                next();
            }
            throw err.startingFrom(kw, ts.furthest(), "Did you mean to use 'from ... import ...' instead?");
        }
        return new Stmt.Import(names, kw.line(), kw.col(), endLine(), endCol());
    }

    private Alias dottedAlias() {
        Token first = expect(NAME);
        StringBuilder sb = new StringBuilder(first.text());
        while (at(DOT)) {
            next();
            sb.append('.').append(expect(NAME).text());
        }
        String asname = accept(AS) != null ? expect(NAME).text() : null;
        return new Alias(sb.toString(), asname, first.line(), first.col(), endLine(), endCol());
    }

    private Stmt importFrom() {
        Token kw = next();
        int level = 0;
        while (at(DOT) || at(ELLIPSIS)) level += next().kind() == DOT ? 1 : 3;
        String module = null;
        if (!at(IMPORT)) {
            Token first = expect(NAME);
            StringBuilder sb = new StringBuilder(first.text());
            while (accept(DOT) != null) sb.append('.').append(expect(NAME).text());
            module = sb.toString();
        }
        expect(IMPORT);
        List<Alias> names = new ArrayList<>();
        if (at(STAR)) {
            Token star = next();
            names.add(new Alias("*", null, star.line(), star.col(), star.endLine(), star.endCol()));
        } else if (accept(LPAR) != null) {
            s.level++;
            do {
                if (at(RPAR) && !names.isEmpty()) break;
                names.add(simpleAlias());
            } while (accept(COMMA) != null);
            expect(RPAR);
            s.level--;
        } else {
            names.add(simpleAlias());
            while (accept(COMMA) != null) {
                if (at(NEWLINE)) throw err.atLast("SyntaxError", ts.furthest(), "trailing comma not allowed without surrounding parentheses");
                names.add(simpleAlias());
            }
        }
        return new Stmt.ImportFrom(module, names, level, kw.line(), kw.col(), endLine(), endCol());
    }

    private Alias simpleAlias() {
        Token n = expect(NAME);
        String asname = accept(AS) != null ? expect(NAME).text() : null;
        return new Alias(n.text(), asname, n.line(), n.col(), endLine(), endCol());
    }

    // ---- compound statements -----------------------------------------------------------------

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(AT) != null) {
            decorators.add(s.expr.namedExpression());
            expect(NEWLINE);
        }
        switch (ts.kind()) {
            case DEF: return functionDef(decorators, null);
            case CLASS: return classDef(decorators, null);
            case ASYNC:
                if (at(DEF, 1)) return functionDef(decorators, next());
                throw fail();
            default:
                throw fail();
        }
    }

    private Stmt functionDef(List<Expr> decorators, Token async) {
        Token def = expect(DEF);
        Token start = async != null ? async : def;
        Token n = expect(NAME);
        List<TypeParam> params = List.of();
        if (at(LSQB)) {
            // type params are optional, '(' is forced (&&'('): a bad list blames the '['
            Token lsqb = peek();
            int m = ts.mark();
            try {
                params = typeParams();
            } catch (SyntaxFailure f) {
                if (!f.generic) throw f;
                ts.reset(m);
                throw err.at(lsqb, SyntaxErrors.expected("("));
            }
        }
        if (!at(LPAR)) throw err.at(peek(), SyntaxErrors.expected("("));
        next();
        s.level++;
        Arguments args = s.args.functionParameters();
        expect(RPAR);
        s.level--;
        Expr returns = null;
        if (at(RARROW)) {
            // the annotation is optional and ':' forced: a bad annotation blames the '->'
            Token arrow = next();
            if (!startsExpression(ts.kind()) || at(STAR)) throw err.at(arrow, SyntaxErrors.EXPECTED_COLON);
            try {
                returns = s.expr.expression();
            } catch (SyntaxFailure f) {
                if (!f.generic) throw f;
                throw err.at(arrow, SyntaxErrors.EXPECTED_COLON);
            }
        }
        colon(true);
        List<Stmt> body = block("function definition", def.line());
        if (async != null) {
            return new Stmt.AsyncFunctionDef(n.text(), args, body, decorators, returns, null, params, start.line(),
                    start.col(), endLineSig(), endColSig());
        }
        return new Stmt.FunctionDef(n.text(), args, body, decorators, returns, null, params, start.line(), start.col(),
                endLineSig(), endColSig());
    }

    private Stmt classDef(List<Expr> decorators, Token unused) {
        Token kw = expect(CLASS);
        Token n = expect(NAME);
        List<TypeParam> params = at(LSQB) ? typeParams() : List.of();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (at(LPAR)) {
            Expr.Call call = (Expr.Call) s.expr.call(n, name(n, ExprContext.Load), false);
            bases = call.args();
            keywords = call.keywords();
        }
        colon(false);
        List<Stmt> body = block("class definition", kw.line());
        return new Stmt.ClassDef(n.text(), bases, keywords, body, decorators, params, kw.line(), kw.col(),
                endLineSig(), endColSig());
    }

    /** PEP 695 {@code [T, *Ts, **P]}. */
    List<TypeParam> typeParams() {
        expect(LSQB);
        s.level++;
        List<TypeParam> out = new ArrayList<>();
        if (at(RSQB)) throw fail();
        while (!at(RSQB)) {
            Token start = peek();
            if (accept(STAR) != null) {
                Token n = expect(NAME);
                if (at(COLON)) {
                    Token colon = next();
                    Expr e = s.expr.expression();
                    throw err.range(colon, e, "cannot use " + (e instanceof Expr.Tuple ? "constraints" : "bound")
                            + " with TypeVarTuple");
                }
                out.add(new TypeParam.TypeVarTuple(n.text(), start.line(), start.col(), n.endLine(), n.endCol()));
            } else if (accept(DOUBLESTAR) != null) {
                Token n = expect(NAME);
                if (at(COLON)) {
                    Token colon = next();
                    Expr e = s.expr.expression();
                    throw err.range(colon, e, "cannot use " + (e instanceof Expr.Tuple ? "constraints" : "bound")
                            + " with ParamSpec");
                }
                out.add(new TypeParam.ParamSpec(n.text(), start.line(), start.col(), n.endLine(), n.endCol()));
            } else {
                Token n = expect(NAME);
                Expr bound = accept(COLON) != null ? s.expr.expression() : null;
                out.add(new TypeParam.TypeVar(n.text(), bound, start.line(), start.col(), endLine(), endCol()));
            }
            if (accept(COMMA) == null) break;
        }
        expect(RSQB);
        s.level--;
        return out;
    }

    private Stmt ifStatement(Token kw, String what) {
        Expr test = s.expr.namedExpression();
        colon(false);
        List<Stmt> body = block(what, kw.line());
        List<Stmt> orelse = List.of();
        if (at(ELIF)) {
            Token elif = next();
            orelse = List.of(ifStatement(elif, "'elif' statement"));
        } else if (at(ELSE)) {
            orelse = elseBlock();
        }
        return new Stmt.If(test, body, orelse, kw.line(), kw.col(), endLineSig(), endColSig());
    }

    private List<Stmt> elseBlock() {
        Token kw = next();
        colon(true);
        return block("'else' statement", kw.line());
    }

    private Stmt whileStatement() {
        Token kw = next();
        Expr test = s.expr.namedExpression();
        colon(false);
        List<Stmt> body = block("'while' statement", kw.line());
        List<Stmt> orelse = at(ELSE) ? elseBlock() : List.of();
        return new Stmt.While(test, body, orelse, kw.line(), kw.col(), endLineSig(), endColSig());
    }

    /** star_targets of a {@code for}: a target list parsed without comparisons, so it stops at 'in'. */
    Expr forTargets() {
        Token start = peek();
        Expr first = starTargetExpr();
        Expr target = first;
        if (at(COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(COMMA) != null) {
                if (!startsExpression(ts.kind())) break;
                elts.add(starTargetExpr());
            }
            target = new Expr.Tuple(elts, ExprContext.Load, start.line(), start.col(), endLine(), endCol());
        }
        Targets.check(err, target, Targets.Kind.FOR);
        return Targets.withContext(target, ExprContext.Store);
    }

    private Expr starTargetExpr() {
        if (at(STAR)) {
            Token star = next();
            Expr v = starTargetExpr();
            return new Expr.Starred(v, ExprContext.Load, star.line(), star.col(), endLine(), endCol());
        }
        return s.expr.bitwiseOr();
    }

    private Stmt forStatement(Token async) {
        Token kw = expect(FOR);
        Token start = async != null ? async : kw;
        Expr target = forTargets();
        if (!at(IN)) throw fail();
        next();
        Expr iter = s.expr.starExpressions();
        colon(false);
        List<Stmt> body = block("'for' statement", kw.line());
        List<Stmt> orelse = at(ELSE) ? elseBlock() : List.of();
        if (async != null) {
            return new Stmt.AsyncFor(target, iter, body, orelse, null, start.line(), start.col(), endLineSig(), endColSig());
        }
        return new Stmt.For(target, iter, body, orelse, null, start.line(), start.col(), endLineSig(), endColSig());
    }

    private Stmt withStatement(Token async) {
        Token kw = expect(WITH);
        Token start = async != null ? async : kw;
        List<Withitem> items = null;
        if (at(LPAR)) items = parenthesizedWithItems();
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (accept(COMMA) != null);
        }
        colon(false);
        List<Stmt> body = block("'with' statement", kw.line());
        if (async != null) {
            return new Stmt.AsyncWith(items, body, null, start.line(), start.col(), endLineSig(), endColSig());
        }
        return new Stmt.With(items, body, null, start.line(), start.col(), endLineSig(), endColSig());
    }

    /** {@code with (a as b, c):} — tried first, as CPython does; null when it is not that form. */
    private List<Withitem> parenthesizedWithItems() {
        int m = ts.mark();
        int furthest = ts.furthestIndex();
        int level = s.level;
        int depth = s.depth;
        try {
            next();
            s.level++;
            List<Withitem> items = new ArrayList<>();
            do {
                if (at(RPAR) && !items.isEmpty()) break;
                items.add(withItem());
            } while (accept(COMMA) != null);
            expect(RPAR);
            s.level--;
            if (at(COLON)) return items;
            if (at(NEWLINE)) throw err.atLast("SyntaxError", ts.furthest(), SyntaxErrors.EXPECTED_COLON);
        } catch (SyntaxFailure f) {
            if (!f.generic) throw f;
        }
        ts.reset(m);
        ts.setFurthestIndex(Math.max(furthest, ts.furthestIndex()));
        s.level = level;
        s.depth = depth;
        return null;
    }

    private Withitem withItem() {
        Expr e = s.expr.expression();
        if (accept(AS) == null) return new Withitem(e, null);
        Expr target = starTargetExpr();
        if (!(at(COMMA) || at(RPAR) || at(COLON) || at(NEWLINE))) {
            throw fail();
        }
        Targets.check(err, target, Targets.Kind.STAR);
        return new Withitem(e, Targets.withContext(target, ExprContext.Store));
    }

    private Stmt tryStatement() {
        Token kw = next();
        colon(true);
        List<Stmt> body = block("'try' statement", kw.line());
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (at(EXCEPT)) {
            Token ex = next();
            Token starTok = accept(STAR);
            boolean isStar = starTok != null;
            if (isStar && at(COLON)) throw err.at(peek(), SyntaxErrors.EXCEPT_STAR_BARE);
            if (star != null && star != isStar) {
                String msg = "cannot have both 'except' and 'except*' on the same 'try'";
                throw isStar ? err.range(ex, starTok, msg) : err.at(ex, msg);
            }
            star = isStar;
            Expr type = null;
            String name = null;
            if (!at(COLON)) {
                if (isStar && at(NEWLINE)) throw err.atLast("SyntaxError", ts.furthest(), SyntaxErrors.EXPECTED_COLON);
                if (at(NEWLINE)) throw err.atLast("SyntaxError", ts.furthest(), SyntaxErrors.EXPECTED_COLON);
                type = s.expr.expression();
                if (at(COMMA)) {
                    int m = ts.mark();
                    try {
                        while (accept(COMMA) != null) s.expr.expression();
                        if (accept(AS) != null) expect(NAME);
                    } catch (SyntaxFailure f) {
                        ts.reset(m);
                        throw fail();
                    }
                    if (!at(COLON)) throw fail();
                    next();
                    throw err.startingFrom(type, ts.furthest(), "multiple exception types must be parenthesized");
                }
                if (accept(AS) != null) name = expect(NAME).text();
            } else if (isStar) {
                throw err.at(peek(), SyntaxErrors.EXCEPT_STAR_BARE);
            }
            colon(false);
            List<Stmt> hb = block(isStar ? "'except*' statement" : "'except' statement", ex.line());
            handlers.add(new ExceptHandler(type, name, hb, ex.line(), ex.col(), endLineSig(), endColSig()));
        }
        List<Stmt> orelse = List.of();
        if (!handlers.isEmpty() && at(ELSE)) orelse = elseBlock();
        List<Stmt> finalbody = List.of();
        if (at(FINALLY)) {
            Token fin = next();
            colon(true);
            finalbody = block("'finally' statement", fin.line());
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw err.atLast("SyntaxError", ts.furthest(), "expected 'except' or 'finally' block");
        }
        if (Boolean.TRUE.equals(star)) {
            return new Stmt.TryStar(body, handlers, orelse, finalbody, kw.line(), kw.col(), endLineSig(), endColSig());
        }
        return new Stmt.Try(body, handlers, orelse, finalbody, kw.line(), kw.col(), endLineSig(), endColSig());
    }
}
