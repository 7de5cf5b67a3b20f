package dev.molt.frontend.lexer;

/**
 * One open f-string on the tokenizer's mode stack (CPython's tokenizer_mode). Field names follow
 * CPython so the state machine can be checked against Parser/tokenizer.c line by line.
 */
final class FStringState {
    /** True while tokenizing a replacement field's expression, false while scanning literal text. */
    boolean regular;
    char quote;
    int quoteSize;
    boolean raw;
    /** Position of the f-string's first char (its prefix), its line and that line's start. */
    int start;
    int startLine;
    int startLineStart;
    /** Brackets of every kind opened inside this f-string's replacement fields. */
    int curlyDepth;
    /** curly_bracket_expr_start_depth: -1 outside a replacement field, else its nesting depth. */
    int exprStartDepth = -1;
    /** last_expr_end != -1: the current field's expression ended (at ':' '!' or '}'), so a spec may follow. */
    boolean exprEnded;
    /** An '=' was seen in the field (the debug specifier); cleared when the field closes. */
    boolean debug;

    boolean insideExpr() { return exprStartDepth >= 0; }
}
