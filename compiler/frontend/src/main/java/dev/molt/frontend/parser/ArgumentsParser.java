package dev.molt.frontend.parser;

import static dev.molt.frontend.lexer.TokenKind.*;

import dev.molt.frontend.ast.Arg;
import dev.molt.frontend.ast.Arguments;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.lexer.Token;
import dev.molt.frontend.lexer.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameter lists of {@code def} (annotations allowed) and {@code lambda} (none): positional-only
 * ({@code /}), defaults, {@code *args} or bare {@code *}, keyword-only, {@code **kwargs}.
 */
final class ArgumentsParser extends SubParser {
    ArgumentsParser(ParserState s) {
        super(s);
    }

    Arguments lambdaParameters() {
        return parameters(true, COLON);
    }

    /** Inside {@code def f( ... )}: stops before the closing parenthesis. */
    Arguments functionParameters() {
        return parameters(false, RPAR);
    }

    private Arguments parameters(boolean lambda, TokenKind closer) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean star = false;
        boolean slash = false;
        boolean seenDefault = false;
        while (!at(closer)) {
            if (at(STAR)) {
                Token starTok = next();
                if (star) {
                    if (at(NAME) || at(COMMA)) throw err.at(starTok, SyntaxErrors.DUPLICATE_STAR);
                    throw err.generic(starTok);
                }
                star = true;
                if (at(COMMA) || at(closer)) {
                    if (at(closer) || at(closer, 1) || at(DOUBLESTAR, 1)) {
                        if (lambda) throw err.atLast("SyntaxError", ts.furthest(), SyntaxErrors.NAMED_AFTER_BARE_STAR);
                        throw err.at(starTok, SyntaxErrors.NAMED_AFTER_BARE_STAR);
                    }
                } else {
                    vararg = param(lambda, true);
                    if (at(EQUAL)) throw err.at(peek(), SyntaxErrors.STARRED_DEFAULT);
                }
            } else if (at(DOUBLESTAR)) {
                next();
                kwarg = param(lambda, false);
                if (at(EQUAL)) throw err.at(peek(), SyntaxErrors.KW_DEFAULT);
                if (accept(COMMA) != null && !at(closer)) {
                    if (at(NAME) || at(STAR) || at(DOUBLESTAR) || at(SLASH)) {
                        throw err.at(peek(), SyntaxErrors.VAR_KEYWORD_LAST);
                    }
                }
                break;
            } else if (at(SLASH)) {
                Token sl = next();
                if (slash) throw err.at(sl, SyntaxErrors.SLASH_ONCE);
                if (star) throw err.at(sl, SyntaxErrors.SLASH_AFTER_STAR);
                if (args.isEmpty()) {
                    if (at(COMMA)) throw err.at(sl, SyntaxErrors.AT_LEAST_ONE_BEFORE_SLASH);
                    throw err.generic(sl);
                }
                if (at(STAR)) throw err.at(peek(), "expected comma between / and *");
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (at(LPAR)) {
                if (star || slash || seenDefault) throw err.generic(peek());
                throw parenthesizedParameters(lambda);
            } else {
                Arg a = param(lambda, false);
                if (at(EQUAL)) {
                    Token eq = next();
                    if (at(RPAR) || at(COMMA)) throw err.at(eq, "expected default value expression");
                    Expr d = s.expr.expression();
                    if (star) {
                        kwonly.add(a);
                        kwDefaults.add(d);
                    } else {
                        args.add(a);
                        defaults.add(d);
                        seenDefault = true;
                    }
                } else if (star) {
                    kwonly.add(a);
                    kwDefaults.add(null);
                } else {
                    if (seenDefault) throw err.at(a, SyntaxErrors.NONDEFAULT_AFTER_DEFAULT);
                    args.add(a);
                }
            }
            if (accept(COMMA) == null) break;
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** {@code def f((a, b))}: a Python 2 tuple parameter. */
    private SyntaxFailure parenthesizedParameters(boolean lambda) {
        Token l = peek();
        int i = 1;
        if (ts.kind(i) != NAME) return err.generic(l);
        i++;
        while (ts.kind(i) == COMMA && ts.kind(i + 1) == NAME) i += 2;
        if (ts.kind(i) == COMMA) i++;
        if (ts.kind(i) != RPAR) return fail();
        Token r = ts.peek(i);
        return err.range(l, r, lambda ? "Lambda expression parameters cannot be parenthesized"
                : "Function parameters cannot be parenthesized");
    }

    private Arg param(boolean lambda, boolean starAnnotation) {
        Token n = expect(NAME);
        Expr annotation = null;
        if (!lambda && accept(COLON) != null) {
            annotation = starAnnotation ? s.expr.starExpression() : s.expr.expression();
        }
        return new Arg(n.text(), annotation, null, n.line(), n.col(), endLine(), endCol());
    }
}
