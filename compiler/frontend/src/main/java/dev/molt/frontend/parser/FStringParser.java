package dev.molt.frontend.parser;

import static dev.molt.frontend.lexer.TokenKind.*;

import dev.molt.frontend.ast.ConstValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.lexer.StringLiterals;
import dev.molt.frontend.lexer.Token;
import dev.molt.frontend.lexer.TokenKind;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * String atoms: adjacent string and f-string literals, concatenated the way CPython 3.12's
 * _PyPegen_concatenate_strings does it (adjacent constants folded, empty ones dropped when an
 * f-string is involved, positions of folded constants from the first to the last piece).
 */
final class FStringParser extends SubParser {
    FStringParser(ParserState s) {
        super(s);
    }

    Expr strings() {
        Token first = peek();
        List<Expr> pieces = new ArrayList<>();
        boolean fstring = false;
        boolean bytes = false;
        boolean text = false;
        while (at(STRING) || at(FSTRING_START)) {
            if (at(STRING)) {
                Token t = next();
                StringLiterals.Decoded d = StringLiterals.decode(t, s.src);
                if (d.error() != null) throw new SyntaxFailure(d.error(), false);
                if (d.value() instanceof ConstValue.Bytes) bytes = true;
                else text = true;
                pieces.add(new Expr.Constant(d.value(), d.kind(), t.line(), t.col(), t.endLine(), t.endCol()));
            } else {
                fstring = true;
                pieces.add(fstring());
            }
        }
        Token last = ts.prev();
        if (bytes && (text || fstring)) throw err.atLast("SyntaxError", ts.furthest(), SyntaxErrors.BYTES_MIX);
        int line = first.line(), col = first.col(), endLine = last.endLine(), endCol = last.endCol();
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Expr p : pieces) out.writeBytes(((ConstValue.Bytes) ((Expr.Constant) p).value()).value());
            if (pieces.size() == 1) return pieces.get(0);
            return new Expr.Constant(new ConstValue.Bytes(out.toByteArray()), ((Expr.Constant) pieces.get(0)).kind(),
                    line, col, endLine, endCol);
        }
        if (!fstring && pieces.size() == 1) return pieces.get(0);
        List<Expr> flat = new ArrayList<>();
        for (Expr p : pieces) {
            if (p instanceof Expr.JoinedStr j) flat.addAll(j.values());
            else flat.add(p);
        }
        List<Expr> values = fold(flat, fstring);
        if (!fstring) return values.get(0);
        return new Expr.JoinedStr(values, line, col, endLine, endCol);
    }

    /** Folds runs of adjacent str constants into one; drops empty ones when an f-string is involved. */
    private static List<Expr> fold(List<Expr> flat, boolean dropEmpty) {
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            Expr e = flat.get(i);
            if (e instanceof Expr.Constant c) {
                if (i + 1 < flat.size() && flat.get(i + 1) instanceof Expr.Constant) {
                    List<ConstValue.Str> parts = new ArrayList<>();
                    Expr.Constant lastC = c;
                    int j = i;
                    while (j < flat.size() && flat.get(j) instanceof Expr.Constant cj) {
                        parts.add((ConstValue.Str) cj.value());
                        lastC = cj;
                        j++;
                    }
                    i = j - 1;
                    c = new Expr.Constant(ConstValue.Str.concat(parts), c.kind(), c.lineno(), c.colOffset(),
                            lastC.endLineno(), lastC.endColOffset());
                    e = c;
                }
                if (dropEmpty && ((ConstValue.Str) c.value()).value().isEmpty()) continue;
            }
            values.add(e);
        }
        return values;
    }

    /** One f-string literal as a JoinedStr (before concatenation with its neighbours). */
    private Expr.JoinedStr fstring() {
        Token start = next();
        s.fstringDepth++;
        boolean raw = start.text().indexOf('r') >= 0 || start.text().indexOf('R') >= 0;
        List<Expr> values = new ArrayList<>();
        while (!at(FSTRING_END)) {
            if (at(FSTRING_MIDDLE)) {
                Expr.Constant c = middleToken(raw);
                if (!((ConstValue.Str) c.value()).value().isEmpty()) values.add(c);
            } else if (at(LBRACE)) {
                Expr field = replacementField(raw);
                if (field instanceof Expr.JoinedStr debug) values.addAll(debug.values());
                else values.add(field);
            } else {
                throw fail();
            }
        }
        Token end = next();
        s.fstringDepth--;
        return new Expr.JoinedStr(values, start.line(), start.col(), end.endLine(), end.endCol());
    }

    private Expr.Constant middle(Token t, boolean raw) {
        StringLiterals.Decoded d = StringLiterals.decodeFStringMiddle(t, raw, s.src);
        if (d.error() != null) throw new SyntaxFailure(d.error(), false);
        return new Expr.Constant(d.value(), null, t.line(), t.col(), t.endLine(), t.endCol());
    }

    /**
     * A literal part of an f-string. Its end is where the next token starts: the token always
     * runs up to it, and so the end counts a doubled brace twice, as in the source.
     */
    private Expr.Constant middleToken(boolean raw) {
        Token t = next();
        Expr.Constant c = middle(t, raw);
        Token after = peek();
        return new Expr.Constant(c.value(), null, c.lineno(), c.colOffset(), after.line(), after.col());
    }

    /**
     * {@code '{' expr ['='] ['!' NAME] [':' spec] '}'}: a FormattedValue, or for a debug field
     * ({@code =}) a JoinedStr of the expression text and the value, which the caller flattens.
     */
    private Expr replacementField(boolean raw) {
        Token lbrace = next();
        s.level++;
        TokenKind k = ts.kind();
        if (k == EQUAL || k == EXCLAMATION || k == COLON || k == RBRACE) {
            throw err.at(peek(), "f-string: valid expression required before '" + peek().text() + "'");
        }
        if (!startsExpression(k) && k != YIELD) {
            throw err.at(peek(), "f-string: expecting a valid expression after '{'");
        }
        Expr value = fieldExpression();
        Token debug = accept(EQUAL);
        Token conversionName = null;
        Token bang = null;
        int conversion = -1;
        if (at(EXCLAMATION)) {
            bang = next();
            if (at(COLON) || at(RBRACE)) throw err.at(peek(), "f-string: missing conversion character");
            if (!at(NAME)) throw err.at(peek(), "f-string: invalid conversion character");
            conversionName = next();
            if (conversionName.line() != bang.endLine() || conversionName.col() != bang.endCol()) {
                throw err.range(bang, conversionName, "f-string: conversion type must come right after the exclamanation mark");
            }
            conversion = conversionName.text().charAt(0);
        }
        Token colon = null;
        Expr.JoinedStr spec = null;
        if (at(COLON)) {
            colon = next();
            spec = formatSpec(colon, raw);
        }
        if (!at(RBRACE)) {
            if (debug == null && conversionName == null && colon == null) {
                throw err.at(peek(), "f-string: expecting '=', or '!', or ':', or '}'");
            }
            if (debug != null && conversionName == null && colon == null) {
                throw err.at(peek(), "f-string: expecting '!', or ':', or '}'");
            }
            if (colon == null) throw err.at(peek(), "f-string: expecting ':' or '}'");
            throw err.at(peek(), "f-string: expecting '}', or format specs");
        }
        Token rbrace = next();
        s.level--;
        if (conversionName != null) {
            // checked once the field is complete, as CPython's action does
            String c = conversionName.text();
            if (!(c.equals("s") || c.equals("r") || c.equals("a"))) {
                throw err.at(conversionName, "f-string: invalid conversion character '" + c
                        + "': expected 's', 'r', or 'a'");
            }
        }
        if (debug == null || conversionName != null || spec != null) {
            // keep the explicit conversion
        } else {
            conversion = 'r';
        }
        Expr.FormattedValue fv = new Expr.FormattedValue(value, conversion, spec, lbrace.line(), lbrace.col(),
                rbrace.endLine(), rbrace.endCol());
        if (debug == null) return fv;
        Token textEnd = conversionName != null ? bang : colon != null ? colon : rbrace;
        String exprText = withoutComments(s.src.text().substring(lbrace.end(), textEnd.start()));
        int endLine = textEnd.line();
        int endCol = textEnd.col();
        Token synthetic = new Token(FSTRING_MIDDLE, exprText, lbrace.end(), textEnd.start(), lbrace.line(),
                lbrace.endCol(), endLine, endCol);
        Expr.Constant text = middle(synthetic, raw);
        return new Expr.JoinedStr(List.of(text, fv), lbrace.line(), lbrace.col(), endLine, endCol + 1);
    }

    /** The tokenizer leaves comments out of a debug field's expression text. */
    static String withoutComments(String text) {
        if (text.indexOf('#') < 0) return text;
        StringBuilder sb = new StringBuilder(text.length());
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < text.length()) {
                    sb.append(c).append(text.charAt(++i));
                    continue;
                }
                if (c == quote) quote = 0;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') i++;
                if (i < text.length()) sb.append('\n');
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * The expression of a replacement field. When it does not parse, CPython words the error by
     * the longest prefix that does: none, or one followed by an unexpected token.
     */
    private Expr fieldExpression() {
        int m = ts.mark();
        int level = s.level;
        int depth = s.depth;
        try {
            return at(YIELD) ? s.expr.yieldExpr() : s.expr.starExpressions();
        } catch (SyntaxFailure f) {
            if (!f.generic) throw f;
            ts.reset(m);
            s.level = level;
            s.depth = depth;
            s.lenient = true;
            try {
                if (at(YIELD)) s.expr.yieldExpr();
                else s.expr.starExpressions();
            } catch (SyntaxFailure g) {
                throw err.at(ts.tokenAt(m), "f-string: expecting a valid expression after '{'");
            } finally {
                s.lenient = false;
            }
            if (at(EQUAL)) {
                next();
                throw err.at(peek(), "f-string: expecting '!', or ':', or '}'");
            }
            if (!at(EXCLAMATION) && !at(COLON) && !at(RBRACE)) {
                throw err.at(peek(), "f-string: expecting '=', or '!', or ':', or '}'");
            }
            throw f;
        }
    }

    private Expr.JoinedStr formatSpec(Token colon, boolean raw) {
        List<Expr> parts = new ArrayList<>();
        while (true) {
            if (at(FSTRING_MIDDLE)) {
                parts.add(middleToken(raw));
            } else if (at(LBRACE)) {
                parts.add(replacementField(raw));
            } else {
                break;
            }
        }
        // 3.11 compatibility in CPython: a spec that is one empty string is an empty JoinedStr.
        if (parts.size() == 1 && parts.get(0) instanceof Expr.Constant c
                && c.value() instanceof ConstValue.Str str && str.value().isEmpty()) {
            parts.clear();
        }
        return new Expr.JoinedStr(parts, colon.line(), colon.col(), endLine(), endCol());
    }
}
