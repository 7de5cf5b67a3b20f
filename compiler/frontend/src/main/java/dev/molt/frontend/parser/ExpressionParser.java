package dev.molt.frontend.parser;

import static dev.molt.frontend.lexer.TokenKind.*;

import dev.molt.frontend.ast.Arguments;
import dev.molt.frontend.ast.Boolop;
import dev.molt.frontend.ast.Cmpop;
import dev.molt.frontend.ast.Comprehension;
import dev.molt.frontend.ast.ConstValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.Keyword;
import dev.molt.frontend.ast.Operator;
import dev.molt.frontend.ast.Unaryop;
import dev.molt.frontend.lexer.Token;
import dev.molt.frontend.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions, from {@code star_expressions} down to atoms, following the precedence levels of
 * CPython's grammar with one function per level. Binary levels loop instead of recursing, so long
 * chains like {@code a + b + ... } cost no stack.
 */
final class ExpressionParser extends SubParser {
    private static final String DICT_VALUE_EXPECTED = "expression expected after dictionary key and ':'";
    private static final String COMPREHENSION_TARGET = "did you forget parentheses around the comprehension target?";

    /** Token index where a dict key after the first pair starts, else -1. */
    private int dictKeyStart = -1;

    ExpressionParser(ParserState s) {
        super(s);
    }

    // ---- comma lists -------------------------------------------------------------------------

    /** star_expressions: a tuple (without parentheses) when there is a comma. */
    Expr starExpressions() {
        Token start = peek();
        Expr first = starExpression();
        if (!at(COMMA)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA) != null) {
            if (!startsExpression(ts.kind())) break;
            elts.add(starExpression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, start.line(), start.col(), endLine(), endCol());
    }

    Expr starExpression() {
        if (at(STAR)) {
            Token star = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, star.line(), star.col(), endLine(), endCol());
        }
        return expression();
    }

    Expr starNamedExpression() {
        if (at(STAR)) {
            Token star = next();
            Expr v = bitwiseOr();
            return new Expr.Starred(v, ExprContext.Load, star.line(), star.col(), endLine(), endCol());
        }
        return namedExpression();
    }

    // ---- named, conditional, lambda ----------------------------------------------------------

    /** named_expression, with CPython's "did you mean '=='" errors for a stray '='. */
    Expr namedExpression() {
        if (at(NAME) && at(COLONEQUAL, 1)) {
            Token n = next();
            next();
            Expr v = expression();
            return new Expr.NamedExpr(name(n, ExprContext.Store), v, n.line(), n.col(), endLine(), endCol());
        }
        Token first = peek();
        Expr e = expression();
        if (at(COLONEQUAL)) {
            throw err.at(e, "cannot use assignment expressions with " + SyntaxErrors.exprName(e));
        }
        if (at(EQUAL)) invalidNamedAssignment(first, e);
        return e;
    }

    /**
     * invalid_named_expression: {@code x = 1} where a value is expected. Only raised when the right
     * side parses as a bitwise_or not followed by another '=' (else the generic error stands).
     */
    void invalidNamedAssignment(Token first, Expr target) {
        int m = ts.mark();
        int furthest = ts.furthestIndex();
        int savedLevel = s.level;
        int savedDepth = s.depth;
        Expr value;
        try {
            next();
            value = bitwiseOr();
        } catch (SyntaxFailure f) {
            ts.reset(m);
            ts.setFurthestIndex(furthest);
            s.level = savedLevel;
            s.depth = savedDepth;
            return;
        }
        boolean followedByAssign = at(EQUAL) || at(COLONEQUAL);
        ts.reset(m);
        if (followedByAssign) {
            ts.setFurthestIndex(furthest);
            return;
        }
        if (target instanceof Expr.Name) throw err.range(target, value, SyntaxErrors.MAYBE_EQ_OR_WALRUS);
        TokenKind k = first.kind();
        boolean excluded = k == LSQB || k == LPAR || k == TRUE || k == FALSE || k == NONE;
        if (!excluded && isBitwiseOrLevel(target)) {
            throw err.at(target, SyntaxErrors.cannotAssignHere(SyntaxErrors.exprName(target)));
        }
    }

    private static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Expr.BoolOp || e instanceof Expr.Compare || e instanceof Expr.IfExp
                || e instanceof Expr.Lambda || (e instanceof Expr.UnaryOp u && u.op() == Unaryop.Not));
    }

    Expr expression() {
        if (at(LAMBDA)) return lambdef();
        enter();
        int firstIndex = ts.mark();
        Token first = peek();
        Expr d = disjunction();
        if (at(IF)) {
            next();
            Expr test = disjunction();
            if (!at(ELSE)) {
                if (at(COLON)) throw fail();
                throw err.range(d, test, "expected 'else' after 'if' expression");
            }
            next();
            Expr orelse = expression();
            leave();
            return new Expr.IfExp(test, d, orelse, first.line(), first.col(), endLine(), endCol());
        }
        if (startsExpression(ts.kind()) && !at(STAR)) {
            // CPython tries invalid_expression before invalid_legacy_expression
            if (s.level > 0 && firstIndex != dictKeyStart) forgotComma(firstIndex, d);
            legacyPrint(d);
        }
        leave();
        return d;
    }

    /**
     * invalid_legacy_expression: Python 2's {@code print x} / {@code exec x}. CPython reads the
     * expression after any name this way, so an error inside it surfaces too.
     */
    private void legacyPrint(Expr a) {
        if (!(a instanceof Expr.Name n)) return;
        if (at(LPAR)) return;
        int m = ts.mark();
        int furthest = ts.furthestIndex();
        int savedLevel = s.level;
        int savedDepth = s.depth;
        Expr b;
        try {
            b = starExpressions();
        } catch (SyntaxFailure f) {
            if (!f.generic) throw f;
            ts.reset(m);
            ts.setFurthestIndex(furthest);
            s.level = savedLevel;
            s.depth = savedDepth;
            return;
        }
        if (!(n.id().equals("print") || n.id().equals("exec"))) {
            ts.reset(m);
            ts.setFurthestIndex(furthest);
            return;
        }
        throw err.range(a, b, "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?");
    }

    /** invalid_expression: two expressions side by side inside brackets. */
    private void forgotComma(int firstIndex, Expr a) {
        Token first = ts.tokenAt(firstIndex);
        TokenKind second = ts.tokenAt(firstIndex + 1).kind();
        if (first.kind() == NAME && (second == STRING || second == FSTRING_START)) return;
        if (first.kind() == NAME && isSoftKeyword(first.text())) return;
        if (a instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))) return;
        int m = ts.mark();
        int furthest = ts.furthestIndex();
        int savedLevel = s.level;
        int savedDepth = s.depth;
        Expr b;
        try {
            b = at(LAMBDA) ? lambdef() : disjunction();
        } catch (SyntaxFailure f) {
            ts.reset(m);
            ts.setFurthestIndex(furthest);
            s.level = savedLevel;
            s.depth = savedDepth;
            return;
        }
        throw err.range(a, b, SyntaxErrors.FORGOT_COMMA);
    }

    static boolean isSoftKeyword(String s) {
        return s.equals("match") || s.equals("case") || s.equals("type") || s.equals("_");
    }

    Expr lambdef() {
        Token kw = expect(LAMBDA);
        enter();
        Arguments a = s.args.lambdaParameters();
        if (!at(COLON)) throw fail();
        Token colon = next();
        if (at(FSTRING_MIDDLE)) {
            throw err.range(kw, colon, "f-string: lambda expressions are not allowed without parentheses");
        }
        Expr body = expression();
        leave();
        return new Expr.Lambda(a, body, kw.line(), kw.col(), endLine(), endCol());
    }

    Expr yieldExpr() {
        Token kw = expect(YIELD);
        if (accept(FROM) != null) {
            Expr v = expression();
            return new Expr.YieldFrom(v, kw.line(), kw.col(), endLine(), endCol());
        }
        if (startsExpression(ts.kind())) {
            Expr v = starExpressions();
            return new Expr.Yield(v, kw.line(), kw.col(), endLine(), endCol());
        }
        return new Expr.Yield(null, kw.line(), kw.col(), kw.endLine(), kw.endCol());
    }

    // ---- boolean and comparison --------------------------------------------------------------

    Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!at(OR)) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(OR) != null) values.add(conjunction());
        return new Expr.BoolOp(Boolop.Or, values, start.line(), start.col(), endLine(), endCol());
    }

    Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!at(AND)) return first;
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (accept(AND) != null) values.add(inversion());
        return new Expr.BoolOp(Boolop.And, values, start.line(), start.col(), endLine(), endCol());
    }

    Expr inversion() {
        if (at(NOT)) {
            Token kw = next();
            enter();
            Expr v = inversion();
            leave();
            return new Expr.UnaryOp(Unaryop.Not, v, kw.line(), kw.col(), endLine(), endCol());
        }
        return comparison();
    }

    Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<Cmpop> ops = null;
        List<Expr> comparators = null;
        while (true) {
            Cmpop op;
            switch (ts.kind()) {
                case EQEQUAL: op = Cmpop.Eq; break;
                case NOTEQUAL: op = Cmpop.NotEq; break;
                case LESS: op = Cmpop.Lt; break;
                case LESSEQUAL: op = Cmpop.LtE; break;
                case GREATER: op = Cmpop.Gt; break;
                case GREATEREQUAL: op = Cmpop.GtE; break;
                case IN: op = Cmpop.In; break;
                case IS: op = at(NOT, 1) ? Cmpop.IsNot : Cmpop.Is; break;
                case NOT: op = at(IN, 1) ? Cmpop.NotIn : null; break;
                default: op = null;
            }
            if (op == null) break;
            if (op == Cmpop.NotEq && peek().text().equals("<>")) throw err.at(peek(), SyntaxErrors.INVALID_SYNTAX);
            int m = ts.mark();
            next();
            if (op == Cmpop.IsNot || op == Cmpop.NotIn) next();
            Expr right = s.lenient ? operand(m, this::bitwiseOr) : bitwiseOr();
            if (right == null) break;
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(right);
        }
        if (ops == null) return left;
        return new Expr.Compare(left, ops, comparators, start.line(), start.col(), endLine(), endCol());
    }

    // ---- binary operators --------------------------------------------------------------------

    private Expr binop(Token start, Expr l, Operator op, Expr r) {
        return new Expr.BinOp(l, op, r, start.line(), start.col(), endLine(), endCol());
    }

    /**
     * Parses the operand after a binary operator; in lenient mode an operand that does not parse
     * makes the expression end before the operator (null), like a PEG parser's shorter match.
     */
    private Expr operand(int beforeOperator, java.util.function.Supplier<Expr> p) {
        if (!s.lenient) return p.get();
        int level = s.level;
        int depth = s.depth;
        try {
            return p.get();
        } catch (SyntaxFailure f) {
            if (!f.generic) throw f;
            ts.reset(beforeOperator);
            s.level = level;
            s.depth = depth;
            return null;
        }
    }

    Expr bitwiseOr() {
        Token start = peek();
        Expr e = bitwiseXor();
        while (at(VBAR)) {
            int m = ts.mark();
            next();
            Expr r = s.lenient ? operand(m, this::bitwiseXor) : bitwiseXor();
            if (r == null) return e;
            e = binop(start, e, Operator.BitOr, r);
        }
        return e;
    }

    Expr bitwiseXor() {
        Token start = peek();
        Expr e = bitwiseAnd();
        while (at(CIRCUMFLEX)) {
            int m = ts.mark();
            next();
            Expr r = s.lenient ? operand(m, this::bitwiseAnd) : bitwiseAnd();
            if (r == null) return e;
            e = binop(start, e, Operator.BitXor, r);
        }
        return e;
    }

    Expr bitwiseAnd() {
        Token start = peek();
        Expr e = shiftExpr();
        while (at(AMPER)) {
            int m = ts.mark();
            next();
            Expr r = s.lenient ? operand(m, this::shiftExpr) : shiftExpr();
            if (r == null) return e;
            e = binop(start, e, Operator.BitAnd, r);
        }
        return e;
    }

    Expr shiftExpr() {
        Token start = peek();
        Expr e = sum();
        while (at(LEFTSHIFT) || at(RIGHTSHIFT)) {
            Operator op = at(LEFTSHIFT) ? Operator.LShift : Operator.RShift;
            int m = ts.mark();
            next();
            Expr r = s.lenient ? operand(m, this::sum) : sum();
            if (r == null) return e;
            e = binop(start, e, op, r);
        }
        return e;
    }

    Expr sum() {
        Token start = peek();
        Expr e = term();
        while (at(PLUS) || at(MINUS)) {
            Operator op = at(PLUS) ? Operator.Add : Operator.Sub;
            int m = ts.mark();
            next();
            Expr r = s.lenient ? operand(m, this::term) : term();
            if (r == null) return e;
            e = binop(start, e, op, r);
        }
        return e;
    }

    Expr term() {
        Token start = peek();
        Expr e = factor();
        while (true) {
            Operator op;
            switch (ts.kind()) {
                case STAR: op = Operator.Mult; break;
                case SLASH: op = Operator.Div; break;
                case DOUBLESLASH: op = Operator.FloorDiv; break;
                case PERCENT: op = Operator.Mod; break;
                case AT: op = Operator.MatMult; break;
                default: return e;
            }
            int m = ts.mark();
            next();
            Expr r = s.lenient ? operand(m, this::factor) : factor();
            if (r == null) return e;
            e = binop(start, e, op, r);
        }
    }

    Expr factor() {
        Unaryop op;
        switch (ts.kind()) {
            case PLUS: op = Unaryop.UAdd; break;
            case MINUS: op = Unaryop.USub; break;
            case TILDE: op = Unaryop.Invert; break;
            default: return power();
        }
        Token t = next();
        enter();
        Expr v = factor();
        leave();
        return new Expr.UnaryOp(op, v, t.line(), t.col(), endLine(), endCol());
    }

    Expr power() {
        Token start = peek();
        Expr base = awaitPrimary();
        if (accept(DOUBLESTAR) == null) return base;
        enter();
        Expr exp = factor();
        leave();
        return binop(start, base, Operator.Pow, exp);
    }

    Expr awaitPrimary() {
        if (at(AWAIT)) {
            Token kw = next();
            Expr v = primary();
            return new Expr.Await(v, kw.line(), kw.col(), endLine(), endCol());
        }
        return primary();
    }

    // ---- primaries ---------------------------------------------------------------------------

    Expr primary() {
        Token start = peek();
        Expr e = atom();
        while (true) {
            switch (ts.kind()) {
                case DOT: {
                    next();
                    Token n = expect(NAME);
                    e = new Expr.Attribute(e, n.text(), ExprContext.Load, start.line(), start.col(), n.endLine(), n.endCol());
                    break;
                }
                case LPAR:
                    e = call(start, e, true);
                    break;
                case LSQB: {
                    next();
                    s.level++;
                    Expr slice = slices();
                    expect(RSQB);
                    s.level--;
                    e = new Expr.Subscript(e, slice, ExprContext.Load, start.line(), start.col(), endLine(), endCol());
                    break;
                }
                default:
                    return e;
            }
        }
    }

    /** slices: one slice, or a tuple of slices and starred expressions. */
    Expr slices() {
        Token start = peek();
        Expr first = sliceItem();
        if (!at(COMMA) && !(first instanceof Expr.Starred)) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA) != null) {
            if (at(RSQB)) break;
            elts.add(sliceItem());
        }
        return new Expr.Tuple(elts, ExprContext.Load, start.line(), start.col(), endLine(), endCol());
    }

    private Expr sliceItem() {
        if (at(STAR)) {
            Token star = next();
            Expr v = expression();
            return new Expr.Starred(v, ExprContext.Load, star.line(), star.col(), endLine(), endCol());
        }
        Token start = peek();
        Expr lower = null;
        if (!at(COLON)) {
            lower = namedExpression();
            if (!at(COLON)) return lower;
        }
        next();
        Expr upper = startsExpression(ts.kind()) && !at(STAR) ? expression() : null;
        Expr step = null;
        if (accept(COLON) != null && startsExpression(ts.kind()) && !at(STAR)) step = expression();
        return new Expr.Slice(lower, upper, step, start.line(), start.col(), endLine(), endCol());
    }

    /** A call's parentheses: arguments, or a bare generator expression. */
    Expr call(Token funcStart, Expr func, boolean allowGenerator) {
        Token lpar = next();
        s.level++;
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        while (!at(RPAR)) {
            Token start = peek();
            if (at(STAR)) {
                if (sawDoubleStar) throw err.at(peek(), SyntaxErrors.ITERABLE_AFTER_KW_UNPACK);
                Token starTok = next();
                Expr v = expression();
                Expr st = new Expr.Starred(v, ExprContext.Load, start.line(), start.col(), endLine(), endCol());
                if (at(EQUAL)) {
                    next();
                    Expr rhs = expression();
                    throw err.range(start, rhs, "cannot assign to iterable argument unpacking");
                }
                if (sawDoubleStar) throw err.at(starTok, SyntaxErrors.ITERABLE_AFTER_KW_UNPACK);
                args.add(st);
            } else if (at(DOUBLESTAR)) {
                next();
                Expr v = expression();
                if (at(EQUAL)) {
                    next();
                    Expr rhs = expression();
                    throw err.range(start, rhs, "cannot assign to keyword argument unpacking");
                }
                keywords.add(new Keyword(null, v, start.line(), start.col(), endLine(), endCol()));
                sawDoubleStar = true;
            } else if (at(NAME) && at(EQUAL, 1)) {
                next();
                Token eq = next();
                if (at(COMMA) || at(RPAR)) throw err.range(start, eq, "expected argument value expression");
                Expr v = expression();
                if (at(FOR) || at(ASYNC)) {
                    throw err.range(start, v, SyntaxErrors.MAYBE_EQ_OR_WALRUS);
                }
                keywords.add(new Keyword(start.text(), v, start.line(), start.col(), endLine(), endCol()));
                sawKeyword = true;
            } else {
                if ((at(TRUE) || at(FALSE) || at(NONE)) && at(EQUAL, 1)) {
                    throw err.range(start, ts.peek(1), SyntaxErrors.cannotAssign(start.text()));
                }
                Expr e;
                if (at(NAME) && at(COLONEQUAL, 1)) {
                    e = namedExpression();
                } else {
                    e = expression();
                    if (at(COLONEQUAL)) {
                        throw err.at(e, "cannot use assignment expressions with " + SyntaxErrors.exprName(e));
                    }
                }
                if (at(EQUAL)) throw err.range(e, peek(), SyntaxErrors.KWARG_ASSIGNMENT);
                if (at(FOR) || at(ASYNC)) {
                    if (!allowGenerator) throw err.generic(peek());
                    List<Comprehension> gens = comprehensionClauses();
                    boolean alone = args.isEmpty() && keywords.isEmpty() && at(RPAR);
                    if (!alone) {
                        Comprehension lastGen = gens.get(gens.size() - 1);
                        Expr end = lastGen.ifs().isEmpty() ? lastGen.iter() : lastGen.ifs().get(lastGen.ifs().size() - 1);
                        throw err.range(e, end, SyntaxErrors.GENEXP_PARENS);
                    }
                    Token rpar = next();
                    s.level--;
                    Expr g = new Expr.GeneratorExp(e, gens, lpar.line(), lpar.col(), rpar.endLine(), rpar.endCol());
                    return new Expr.Call(func, List.of(g), List.of(), funcStart.line(), funcStart.col(), rpar.endLine(), rpar.endCol());
                }
                if (sawDoubleStar) throw err.atLast("SyntaxError", ts.furthest(), SyntaxErrors.POSITIONAL_AFTER_KW_UNPACK);
                if (sawKeyword) throw err.atLast("SyntaxError", ts.furthest(), SyntaxErrors.POSITIONAL_AFTER_KEYWORD);
                args.add(e);
            }
            if (accept(COMMA) == null) break;
        }
        Token rpar = expect(RPAR);
        s.level--;
        return new Expr.Call(func, args, keywords, funcStart.line(), funcStart.col(), rpar.endLine(), rpar.endCol());
    }

    // ---- atoms -------------------------------------------------------------------------------

    Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME:
                next();
                return name(t, ExprContext.Load);
            case TRUE:
                next();
                return constant(ConstValue.TRUE, t);
            case FALSE:
                next();
                return constant(ConstValue.FALSE, t);
            case NONE:
                next();
                return constant(ConstValue.NONE, t);
            case ELLIPSIS:
                next();
                return constant(ConstValue.ELLIPSIS, t);
            case NUMBER:
                next();
                return constant(NumberLiterals.parse(t.text()), t);
            case STRING:
            case FSTRING_START:
                return s.strings.strings();
            case LPAR:
                return parenthesized();
            case LSQB:
                return listDisplay();
            case LBRACE:
                return braceDisplay();
            default:
                throw fail();
        }
    }

    private static Expr constant(ConstValue v, Token t) {
        return new Expr.Constant(v, null, t.line(), t.col(), t.endLine(), t.endCol());
    }

    private Expr parenthesized() {
        Token l = next();
        s.level++;
        enter();
        try {
            if (at(RPAR)) {
                Token r = next();
                return new Expr.Tuple(List.of(), ExprContext.Load, l.line(), l.col(), r.endLine(), r.endCol());
            }
            if (at(YIELD)) {
                Expr y = yieldExpr();
                expect(RPAR);
                return y;
            }
            Expr first = starNamedExpression();
            if ((at(FOR) || at(ASYNC)) && !(first instanceof Expr.Starred)) {
                List<Comprehension> gens = comprehensionClauses();
                Token r = expect(RPAR);
                return new Expr.GeneratorExp(first, gens, l.line(), l.col(), r.endLine(), r.endCol());
            }
            if (at(FOR) || at(ASYNC)) throw err.at(first, SyntaxErrors.UNPACK_IN_COMPREHENSION);
            if (at(RPAR)) {
                next();
                if (first instanceof Expr.Starred) throw err.at(first, "cannot use starred expression here");
                return first;
            }
            if (!at(COMMA)) throw fail();
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(COMMA) != null) {
                if (at(RPAR)) break;
                elts.add(starNamedExpression());
            }
            Token r = expect(RPAR);
            return new Expr.Tuple(elts, ExprContext.Load, l.line(), l.col(), r.endLine(), r.endCol());
        } finally {
            s.level--;
            leave();
        }
    }

    private Expr listDisplay() {
        Token l = next();
        s.level++;
        enter();
        try {
            if (at(RSQB)) {
                Token r = next();
                return new Expr.List(List.of(), ExprContext.Load, l.line(), l.col(), r.endLine(), r.endCol());
            }
            Expr first = starNamedExpression();
            if (at(FOR) || at(ASYNC)) {
                if (first instanceof Expr.Starred) throw err.at(first, SyntaxErrors.UNPACK_IN_COMPREHENSION);
                List<Comprehension> gens = comprehensionClauses();
                Token r = expect(RSQB);
                return new Expr.ListComp(first, gens, l.line(), l.col(), r.endLine(), r.endCol());
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(COMMA) != null) {
                if (at(RSQB)) break;
                if (at(FOR) || at(ASYNC)) throw err.range(first, ts.prev(), COMPREHENSION_TARGET);
                elts.add(starNamedExpression());
            }
            if ((at(FOR) || at(ASYNC)) && elts.size() > 1) {
                throw err.range(first, elts.get(elts.size() - 1), COMPREHENSION_TARGET);
            }
            Token r = expect(RSQB);
            return new Expr.List(elts, ExprContext.Load, l.line(), l.col(), r.endLine(), r.endCol());
        } finally {
            s.level--;
            leave();
        }
    }

    private Expr braceDisplay() {
        Token l = next();
        s.level++;
        enter();
        try {
            if (at(RBRACE)) {
                Token r = next();
                return new Expr.Dict(List.of(), List.of(), l.line(), l.col(), r.endLine(), r.endCol());
            }
            if (at(DOUBLESTAR)) return dictRest(l, new ArrayList<>(), new ArrayList<>());
            Token firstTok = peek();
            Expr first = starNamedExpression();
            if (at(COLON) && first instanceof Expr.NamedExpr && firstTok.kind() != LPAR) throw err.generic(peek());
            if (at(COLON) && !(first instanceof Expr.Starred)) {
                Token colon = next();
                if (at(RBRACE) || at(COMMA)) throw err.at(colon, DICT_VALUE_EXPECTED);
                starredDictValue();
                Expr value = expression();
                if (at(FOR) || at(ASYNC)) {
                    List<Comprehension> gens = comprehensionClauses();
                    Token r = expect(RBRACE);
                    return new Expr.DictComp(first, value, gens, l.line(), l.col(), r.endLine(), r.endCol());
                }
                List<Expr> keys = new ArrayList<>();
                List<Expr> values = new ArrayList<>();
                keys.add(first);
                values.add(value);
                if (accept(COMMA) == null) {
                    Token r = expect(RBRACE);
                    return new Expr.Dict(keys, values, l.line(), l.col(), r.endLine(), r.endCol());
                }
                return dictRest(l, keys, values);
            }
            if (at(FOR) || at(ASYNC)) {
                if (first instanceof Expr.Starred) throw err.at(first, SyntaxErrors.UNPACK_IN_COMPREHENSION);
                List<Comprehension> gens = comprehensionClauses();
                Token r = expect(RBRACE);
                return new Expr.SetComp(first, gens, l.line(), l.col(), r.endLine(), r.endCol());
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(first);
            while (accept(COMMA) != null) {
                if (at(RBRACE)) break;
                if (at(FOR) || at(ASYNC)) throw err.range(first, ts.prev(), COMPREHENSION_TARGET);
                elts.add(starNamedExpression());
            }
            if ((at(FOR) || at(ASYNC)) && elts.size() > 1) {
                throw err.range(first, elts.get(elts.size() - 1), COMPREHENSION_TARGET);
            }
            Token r = expect(RBRACE);
            return new Expr.Set(elts, l.line(), l.col(), r.endLine(), r.endCol());
        } finally {
            s.level--;
            leave();
        }
    }

    /** The remaining {@code key: value} and {@code **mapping} items of a dict display. */
    private Expr dictRest(Token l, List<Expr> keys, List<Expr> values) {
        while (!at(RBRACE)) {
            if (at(DOUBLESTAR)) {
                Token dstar = next();
                Expr v = bitwiseOr();
                if ((at(FOR) || at(ASYNC)) && keys.isEmpty()) {
                    throw err.at(dstar, SyntaxErrors.DICT_UNPACK_IN_COMPREHENSION);
                }
                keys.add(null);
                values.add(v);
            } else {
                // a later key runs into CPython's invalid_kvpair, which does not suggest a comma
                dictKeyStart = ts.mark();
                Expr k = expression();
                dictKeyStart = -1;
                if (!at(COLON)) {
                    throw err.atColumn(k.endLineno(), k.endColOffset() - 1, "':' expected after dictionary key");
                }
                Token colon = next();
                if (at(RBRACE) || at(COMMA)) throw err.at(colon, DICT_VALUE_EXPECTED);
                starredDictValue();
                values.add(expression());
                keys.add(k);
            }
            if (accept(COMMA) == null) break;
        }
        Token r = expect(RBRACE);
        return new Expr.Dict(keys, values, l.line(), l.col(), r.endLine(), r.endCol());
    }

    private void starredDictValue() {
        if (!at(STAR)) return;
        Token star = next();
        bitwiseOr();
        throw err.startingFrom(star, ts.furthest(), "cannot use a starred expression in a dictionary value");
    }

    /** for_if_clauses: one or more {@code [async] for targets in disjunction [if disjunction]*}. */
    List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (at(FOR) || (at(ASYNC) && at(FOR, 1))) {
            int isAsync = accept(ASYNC) != null ? 1 : 0;
            next();
            Expr target = s.stmt.forTargets();
            if (!at(IN)) throw fail();
            next();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (accept(IF) != null) ifs.add(disjunction());
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        if (gens.isEmpty()) throw fail();
        return gens;
    }
}
