package dev.molt.frontend.lexer;

/**
 * One token. Lines are 1-based; columns are 0-based UTF-8 byte offsets, as in CPython's AST.
 *
 * @param start offset of the first char in the decoded source string
 * @param end   offset just past the last char in the decoded source string
 * @param text  for NAME and keywords the identifier (NFKC-normalized as CPython does); otherwise the
 *              exact source text of the token (for FSTRING_MIDDLE the raw text, escapes undecoded,
 *              {@code {{}} and {@code }}} already reduced to one brace)
 */
public record Token(TokenKind kind, String text, int start, int end,
                    int line, int col, int endLine, int endCol) {
}
