package dev.molt.frontend.parser;

import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.ExprContext;
import dev.molt.frontend.lexer.Token;
import dev.molt.frontend.lexer.TokenKind;

/** Token-level helpers shared by the construct parsers. */
abstract class SubParser {
    final ParserState s;
    final TokenStream ts;
    final SyntaxErrors err;

    SubParser(ParserState s) {
        this.s = s;
        this.ts = s.ts;
        this.err = s.err;
    }

    final boolean at(TokenKind k) {
        return ts.kind() == k;
    }

    final boolean at(TokenKind k, int ahead) {
        return ts.kind(ahead) == k;
    }

    /** A soft keyword ({@code match case type _}) or any identifier with this spelling. */
    final boolean atName(String name) {
        Token t = ts.peek();
        return t.kind() == TokenKind.NAME && t.text().equals(name);
    }

    final Token accept(TokenKind k) {
        return ts.kind() == k ? ts.next() : null;
    }

    final Token expect(TokenKind k) {
        if (ts.kind() != k) throw fail();
        return ts.next();
    }

    final Token next() {
        return ts.next();
    }

    final Token peek() {
        return ts.peek();
    }

    /** The generic "invalid syntax" at the furthest token looked at. */
    final SyntaxFailure fail() {
        return err.generic(ts.furthest());
    }

    final int endLine() {
        return ts.prev().endLine();
    }

    final int endCol() {
        return ts.prev().endCol();
    }

    final void enter() {
        if (++s.depth > ParserState.MAX_DEPTH) throw err.stackOverflow();
    }

    final void leave() {
        s.depth--;
    }

    final Expr.Name name(Token t, ExprContext ctx) {
        return new Expr.Name(t.text(), ctx, t.line(), t.col(), t.endLine(), t.endCol());
    }

    /** Tokens that can begin an expression (used to find the end of comma lists). */
    static boolean startsExpression(TokenKind k) {
        switch (k) {
            case NAME: case NUMBER: case STRING: case FSTRING_START: case LPAR: case LSQB: case LBRACE:
            case MINUS: case PLUS: case TILDE: case NOT: case LAMBDA: case AWAIT: case NONE: case TRUE:
            case FALSE: case ELLIPSIS: case STAR:
                return true;
            default:
                return false;
        }
    }
}
