package dev.molt.frontend.lexer;

/**
 * Token kinds: CPython's token module names for operators and structure, plus one kind per hard
 * keyword (soft keywords {@code match case type _} stay {@link #NAME}).
 */
public enum TokenKind {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    FSTRING_START, FSTRING_MIDDLE, FSTRING_END,
    LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE, COLON, COMMA, SEMI, DOT, ELLIPSIS, RARROW, AT, EXCLAMATION,
    PLUS, MINUS, STAR, SLASH, DOUBLESLASH, PERCENT, DOUBLESTAR, VBAR, AMPER, CIRCUMFLEX, TILDE,
    LEFTSHIFT, RIGHTSHIFT, LESS, GREATER, EQEQUAL, NOTEQUAL, LESSEQUAL, GREATEREQUAL,
    EQUAL, COLONEQUAL, PLUSEQUAL, MINEQUAL, STAREQUAL, SLASHEQUAL, DOUBLESLASHEQUAL, PERCENTEQUAL,
    DOUBLESTAREQUAL, ATEQUAL, VBAREQUAL, AMPEREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL,
    // hard keywords
    FALSE, NONE, TRUE, AND, AS, ASSERT, ASYNC, AWAIT, BREAK, CLASS, CONTINUE, DEF, DEL, ELIF, ELSE,
    EXCEPT, FINALLY, FOR, FROM, GLOBAL, IF, IMPORT, IN, IS, LAMBDA, NONLOCAL, NOT, OR, PASS, RAISE,
    RETURN, TRY, WHILE, WITH, YIELD,
    /** A character CPython tokenizes as a generic OP that no grammar rule accepts: {@code $ ? `}. */
    OP,
    /** The tokenizer failed; {@link Lexer#diagnostic()} says why. */
    ERRORTOKEN;

    /** True for the kinds that are hard keywords ({@code False} .. {@code yield}). */
    public boolean isKeyword() {
        return ordinal() >= FALSE.ordinal() && ordinal() <= YIELD.ordinal();
    }
}
