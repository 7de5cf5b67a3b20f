package dev.molt.frontend.parser;

import dev.molt.frontend.diag.Diagnostic;
import dev.molt.frontend.lexer.Lexer;
import dev.molt.frontend.lexer.Token;
import dev.molt.frontend.lexer.TokenKind;
import java.util.Arrays;

/**
 * The tokens the parser has pulled from the lexer, kept so it can backtrack (mark/reset).
 * Tokens are fetched lazily like CPython's parser does, so a tokenizer error surfaces when the
 * parser first looks at the broken token. {@link #furthest()} is the furthest token ever looked
 * at: CPython reports a generic "invalid syntax" there.
 */
final class TokenStream {
    private final Lexer lexer;
    private Token[] buf = new Token[512];
    private int size;
    private int pos;
    private int furthest;
    private Diagnostic lexError;
    private int lexErrorAt = -1;

    TokenStream(Lexer lexer) {
        this.lexer = lexer;
    }

    Token peek() {
        return get(pos);
    }

    Token peek(int ahead) {
        return get(pos + ahead);
    }

    TokenKind kind() {
        return get(pos).kind();
    }

    TokenKind kind(int ahead) {
        return get(pos + ahead).kind();
    }

    Token next() {
        Token t = get(pos);
        if (t.kind() != TokenKind.ENDMARKER) pos++;
        return t;
    }

    /** The last consumed token: nodes end where it ends. */
    Token prev() {
        return buf[pos - 1];
    }

    /** The last consumed token that is not NEWLINE/INDENT/DEDENT: where statements end. */
    Token prevSignificant() {
        for (int i = pos - 1; i > 0; i--) {
            TokenKind k = buf[i].kind();
            if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT && k != TokenKind.ENDMARKER) {
                return buf[i];
            }
        }
        return buf[0];
    }

    int furthestIndex() {
        return furthest;
    }

    void setFurthestIndex(int index) {
        furthest = index;
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    Token furthest() {
        return buf[Math.max(0, Math.min(furthest, size - 1))];
    }

    Token tokenAt(int index) {
        return get(index);
    }

    /** The lexer's error if the lexer stopped with one (only known once reached). */
    Diagnostic lexError() {
        return lexError;
    }

    /**
     * Pulls the rest of the source through the lexer; CPython does this after a parser error so
     * that tokenizer errors later in the file win over it. Returns the lexer's error, if any.
     */
    Diagnostic drainForLexError() {
        if (lexError != null) return lexError;
        int guard = 0;
        while (size == 0 || buf[size - 1].kind() != TokenKind.ENDMARKER) {
            if (!fill()) break;
            if (++guard > 50_000_000) break;
        }
        return lexError;
    }

    private Token get(int i) {
        while (i >= size) {
            if (!fill()) throw lexFailure();
        }
        if (i > furthest) furthest = i;
        return buf[i];
    }

    private SyntaxFailure lexFailure() {
        return new SyntaxFailure(lexError, false);
    }

    /** Appends one token; false when the lexer reported an error instead. */
    private boolean fill() {
        if (lexError != null) return false;
        if (size > 0 && buf[size - 1].kind() == TokenKind.ENDMARKER) {
            append(buf[size - 1]);
            return true;
        }
        Token t = lexer.next();
        Diagnostic d = lexer.diagnostic();
        if (d != null || t.kind() == TokenKind.ERRORTOKEN) {
            lexError = d != null ? d
                    : Diagnostic.error("SyntaxError", "invalid token", null, t.line(), t.col() + 1, 0, 0, null);
            lexErrorAt = size;
            return false;
        }
        append(t);
        return true;
    }

    private void append(Token t) {
        if (size == buf.length) buf = Arrays.copyOf(buf, size * 2);
        buf[size++] = t;
    }

    /** Index at which the lexer failed (tokens before it are valid), or -1. */
    int lexErrorIndex() {
        return lexErrorAt;
    }
}
