package dev.molt.frontend.parser;

import static dev.molt.frontend.lexer.TokenKind.*;

import dev.molt.frontend.ast.ConstValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.ast.MatchCase;
import dev.molt.frontend.ast.Operator;
import dev.molt.frontend.ast.Pattern;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.ast.Unaryop;
import dev.molt.frontend.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/** The match statement (soft keywords {@code match}/{@code case}) and its patterns. */
final class PatternParser extends SubParser {
    PatternParser(ParserState s) {
        super(s);
    }

    /**
     * A match statement if the line reads {@code match <subject>:}, else null with the position
     * unchanged (then the line is an ordinary statement using the name {@code match}).
     */
    Stmt matchStatementOrNull() {
        if (!startsExpression(ts.kind(1))) return null;
        int m = ts.mark();
        int furthest = ts.furthestIndex();
        int level = s.level;
        int depth = s.depth;
        Token kw = next();
        Expr subject = null;
        try {
            subject = subject();
        } catch (SyntaxFailure f) {
            // not a match statement
        }
        if (subject != null && at(COLON)) {
            next();
            return matchBody(kw, subject);
        }
        boolean missingColon = subject != null && at(NEWLINE);
        Token newline = missingColon ? peek() : null;
        ts.reset(m);
        s.level = level;
        s.depth = depth;
        if (!missingColon) return null;
        // `match x` then NEWLINE: an error unless the line is a valid simple statement.
        try {
            List<Stmt> probe = new ArrayList<>();
            s.stmt.statementSimpleProbe(probe);
            ts.reset(m);
            ts.setFurthestIndex(furthest);
            return null;
        } catch (SyntaxFailure f) {
            throw err.at(newline, SyntaxErrors.EXPECTED_COLON);
        }
    }

    private Expr subject() {
        Token start = peek();
        Expr first = s.expr.starNamedExpression();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) throw fail();
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA) != null) {
            if (!startsExpression(ts.kind())) break;
            elts.add(s.expr.starNamedExpression());
        }
        return new Expr.Tuple(elts, ExprContext.Load, start.line(), start.col(), endLine(), endCol());
    }

    private Stmt matchBody(Token kw, Expr subject) {
        if (!at(NEWLINE)) throw fail();
        next();
        if (!at(INDENT)) throw err.indentation(peek(), SyntaxErrors.indentedBlock("'match' statement", kw.line()));
        next();
        List<MatchCase> cases = new ArrayList<>();
        while (atName("case")) cases.add(caseBlock());
        if (cases.isEmpty() || !at(DEDENT)) throw fail();
        next();
        Token end = ts.prevSignificant();
        return new Stmt.Match(subject, cases, kw.line(), kw.col(), end.endLine(), end.endCol());
    }

    private MatchCase caseBlock() {
        Token kw = next();
        Pattern p = patterns();
        Expr guard = accept(IF) != null ? s.expr.namedExpression() : null;
        s.stmt.colon(false);
        List<Stmt> body = s.stmt.block("'case' statement", kw.line());
        return new MatchCase(p, guard, body);
    }

    /** patterns: an open sequence ({@code case a, b:}) or a single pattern. */
    private Pattern patterns() {
        Token start = peek();
        Pattern first = maybeStarPattern();
        if (!at(COMMA)) {
            if (first instanceof Pattern.MatchStar) throw fail();
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(COMMA) != null) {
            if (at(COLON) || at(IF)) break;
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(items, start.line(), start.col(), endLine(), endCol());
    }

    private Pattern maybeStarPattern() {
        if (at(STAR)) {
            Token star = next();
            Token n = expect(NAME);
            String name = n.text().equals("_") ? null : n.text();
            return new Pattern.MatchStar(name, star.line(), star.col(), n.endLine(), n.endCol());
        }
        return pattern();
    }

    /** pattern: or_pattern ['as' NAME]. */
    Pattern pattern() {
        Token start = peek();
        enter();
        Pattern p = orPattern();
        if (at(AS)) {
            next();
            if (atName("_")) throw err.at(peek(), "cannot use '_' as a target");
            if (!at(NAME)) {
                Expr bad = s.expr.expression();
                throw err.at(bad, "invalid pattern target");
            }
            Token n = next();
            p = new Pattern.MatchAs(p, n.text(), start.line(), start.col(), n.endLine(), n.endCol());
        }
        leave();
        return p;
    }

    private Pattern orPattern() {
        Token start = peek();
        Pattern first = closedPattern();
        if (!at(VBAR)) return first;
        List<Pattern> alts = new ArrayList<>();
        alts.add(first);
        while (accept(VBAR) != null) alts.add(closedPattern());
        return new Pattern.MatchOr(alts, start.line(), start.col(), endLine(), endCol());
    }

    private Pattern closedPattern() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER:
            case MINUS: {
                Expr v = signedOrComplex();
                return new Pattern.MatchValue(v, v.lineno(), v.colOffset(), v.endLineno(), v.endColOffset());
            }
            case STRING:
            case FSTRING_START: {
                Expr v = s.strings.strings();
                return new Pattern.MatchValue(v, v.lineno(), v.colOffset(), v.endLineno(), v.endColOffset());
            }
            case NONE:
                next();
                return new Pattern.MatchSingleton(ConstValue.NONE, t.line(), t.col(), t.endLine(), t.endCol());
            case TRUE:
                next();
                return new Pattern.MatchSingleton(ConstValue.TRUE, t.line(), t.col(), t.endLine(), t.endCol());
            case FALSE:
                next();
                return new Pattern.MatchSingleton(ConstValue.FALSE, t.line(), t.col(), t.endLine(), t.endCol());
            case LPAR:
                return parenPattern();
            case LSQB: {
                next();
                s.level++;
                List<Pattern> items = new ArrayList<>();
                while (!at(RSQB)) {
                    items.add(maybeStarPattern());
                    if (accept(COMMA) == null) break;
                }
                Token r = expect(RSQB);
                s.level--;
                return new Pattern.MatchSequence(items, t.line(), t.col(), r.endLine(), r.endCol());
            }
            case LBRACE:
                return mappingPattern();
            case NAME:
                return namePattern();
            default:
                throw fail();
        }
    }

    private Pattern parenPattern() {
        Token l = next();
        s.level++;
        if (at(RPAR)) {
            Token r = next();
            s.level--;
            return new Pattern.MatchSequence(List.of(), l.line(), l.col(), r.endLine(), r.endCol());
        }
        Pattern first = maybeStarPattern();
        if (at(RPAR) && !(first instanceof Pattern.MatchStar)) {
            next();
            s.level--;
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        expect(COMMA);
        while (!at(RPAR)) {
            items.add(maybeStarPattern());
            if (accept(COMMA) == null) break;
        }
        Token r = expect(RPAR);
        s.level--;
        return new Pattern.MatchSequence(items, l.line(), l.col(), r.endLine(), r.endCol());
    }

    /** Capture, wildcard, value ({@code a.b}) or class pattern. */
    private Pattern namePattern() {
        Token n = next();
        if (!at(DOT) && !at(LPAR)) {
            if (n.text().equals("_")) return new Pattern.MatchAs(null, null, n.line(), n.col(), n.endLine(), n.endCol());
            if (at(EQUAL)) throw fail();
            return new Pattern.MatchAs(null, n.text(), n.line(), n.col(), n.endLine(), n.endCol());
        }
        Expr value = name(n, ExprContext.Load);
        while (accept(DOT) != null) {
            Token attr = expect(NAME);
            value = new Expr.Attribute(value, attr.text(), ExprContext.Load, n.line(), n.col(), attr.endLine(), attr.endCol());
        }
        if (!at(LPAR)) {
            return new Pattern.MatchValue(value, value.lineno(), value.colOffset(), value.endLineno(), value.endColOffset());
        }
        return classPattern(value);
    }

    private Pattern classPattern(Expr cls) {
        next();
        s.level++;
        List<Pattern> positional = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        Token firstKeyword = null;
        while (!at(RPAR)) {
            if (at(NAME) && at(EQUAL, 1)) {
                Token k = next();
                if (firstKeyword == null) firstKeyword = k;
                next();
                kwdAttrs.add(k.text());
                kwdPatterns.add(pattern());
            } else {
                Pattern p = pattern();
                if (firstKeyword != null) {
                    Pattern last = p;
                    while (at(COMMA) && !at(RPAR, 1) && !(at(NAME, 1) && at(EQUAL, 2))) {
                        next();
                        last = pattern();
                    }
                    throw err.range(p, last, "positional patterns follow keyword patterns");
                }
                positional.add(p);
            }
            if (accept(COMMA) == null) break;
        }
        Token r = expect(RPAR);
        s.level--;
        return new Pattern.MatchClass(cls, positional, kwdAttrs, kwdPatterns, cls.lineno(), cls.colOffset(),
                r.endLine(), r.endCol());
    }

    private Pattern mappingPattern() {
        Token l = next();
        s.level++;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at(RBRACE)) {
            if (at(DOUBLESTAR)) {
                next();
                Token n = expect(NAME);
                if (n.text().equals("_")) throw err.generic(n);
                rest = n.text();
                accept(COMMA);
                break;
            }
            keys.add(mappingKey());
            expect(COLON);
            values.add(pattern());
            if (accept(COMMA) == null) break;
        }
        Token r = expect(RBRACE);
        s.level--;
        return new Pattern.MatchMapping(keys, values, rest, l.line(), l.col(), r.endLine(), r.endCol());
    }

    private Expr mappingKey() {
        Token t = peek();
        switch (t.kind()) {
            case NUMBER:
            case MINUS:
                return signedOrComplex();
            case STRING:
            case FSTRING_START:
                return s.strings.strings();
            case NONE:
            case TRUE:
            case FALSE:
                return s.expr.atom();
            case NAME: {
                Token n = next();
                Expr value = name(n, ExprContext.Load);
                if (!at(DOT)) throw fail();
                while (accept(DOT) != null) {
                    Token attr = expect(NAME);
                    value = new Expr.Attribute(value, attr.text(), ExprContext.Load, n.line(), n.col(), attr.endLine(),
                            attr.endCol());
                }
                return value;
            }
            default:
                throw fail();
        }
    }

    /** signed_number, or complex_number {@code [-]real (+|-) imag}. */
    private Expr signedOrComplex() {
        Token start = peek();
        Expr real = signedNumber();
        if (!at(PLUS) && !at(MINUS)) return real;
        Operator op = next().kind() == PLUS ? Operator.Add : Operator.Sub;
        if (!(realValue(real) instanceof ConstValue.Int || realValue(real) instanceof ConstValue.Float)) {
            throw err.at(real, "real number required in complex literal");
        }
        Token n = expect(NUMBER);
        Expr imag = new Expr.Constant(NumberLiterals.parse(n.text()), null, n.line(), n.col(), n.endLine(), n.endCol());
        if (!(((Expr.Constant) imag).value() instanceof ConstValue.Complex)) {
            throw err.at(imag, "imaginary number required in complex literal");
        }
        return new Expr.BinOp(real, op, imag, start.line(), start.col(), n.endLine(), n.endCol());
    }

    private static ConstValue realValue(Expr e) {
        if (e instanceof Expr.UnaryOp u) e = u.operand();
        return ((Expr.Constant) e).value();
    }

    private Expr signedNumber() {
        Token t = peek();
        if (at(MINUS)) {
            next();
            Token n = expect(NUMBER);
            Expr c = new Expr.Constant(NumberLiterals.parse(n.text()), null, n.line(), n.col(), n.endLine(), n.endCol());
            return new Expr.UnaryOp(Unaryop.USub, c, t.line(), t.col(), n.endLine(), n.endCol());
        }
        Token n = expect(NUMBER);
        return new Expr.Constant(NumberLiterals.parse(n.text()), null, n.line(), n.col(), n.endLine(), n.endCol());
    }
}
