package dev.molt.frontend.parser;

import dev.molt.frontend.lexer.SourceText;

/** What the construct parsers share: the tokens, the error catalog, and each other. */
final class ParserState {
    /** Nesting guard: beyond this many nested constructs CPython's parser gives up too. */
    static final int MAX_DEPTH = 3000;

    final SourceText src;
    final TokenStream ts;
    final SyntaxErrors err;
    final ExpressionParser expr;
    final StatementParser stmt;
    final PatternParser pattern;
    final ArgumentsParser args;
    final FStringParser strings;
    /** Open brackets around the current position (CPython's tokenizer level). */
    int level;
    int depth;
    /** f-strings open around the current position; an error inside one beats later tokenizer errors. */
    int fstringDepth;
    /**
     * Set while re-reading code only to word an error: binary operators then stop before an
     * operand that does not parse, as CPython's PEG parser settles for the longest prefix.
     */
    boolean lenient;

    ParserState(SourceText src, TokenStream ts) {
        this.src = src;
        this.ts = ts;
        this.err = new SyntaxErrors(src);
        this.expr = new ExpressionParser(this);
        this.stmt = new StatementParser(this);
        this.pattern = new PatternParser(this);
        this.args = new ArgumentsParser(this);
        this.strings = new FStringParser(this);
    }
}
