package dev.molt.frontend.lexer;

import dev.molt.frontend.ast.UnicodeTables;
import dev.molt.frontend.diag.Diagnostic;
import java.text.Normalizer;

/**
 * CPython 3.12's tokenizer (Parser/tokenizer.c as used by the PEG parser), pull-based.
 *
 * <p>The structure follows tok_get_normal_mode / tok_get_fstring_mode closely, including when the
 * line number advances (only when the first char of the next line is read), because token and
 * error positions depend on it. Tokens are produced lazily from one char array; no per-char
 * allocation.
 */
public final class Lexer {
    static final int EOF = -1;
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final int MAXFSTRINGLEVEL = 150;
    private static final int MAX_EXPR_NESTING = 3;
    private static final int TABSIZE = 8;

    private final SourceText src;
    private final String filename;
    /** The text plus the newline CPython appends when the last line lacks one. */
    private final char[] buf;
    private final int n;
    /** Length of the real text; buf may hold one more, synthetic, newline. */
    private final int textLen;

    // Reading position. The line advances lazily, as in tok_nextc, when the char after '\n' is read.
    private int pos;
    private int line = 1;
    private int lineStart;
    private boolean lineBreakPending;

    // Indentation (tok->indstack / altindstack) and pending INDENT/DEDENT tokens.
    private final int[] indstack = new int[MAXINDENT];
    private final int[] altindstack = new int[MAXINDENT];
    private int indent;
    private int pendin;
    private boolean atbol = true;
    private boolean contLine;

    // Brackets (tok->parenstack and friends).
    private final char[] parenstack = new char[MAXLEVEL];
    private final int[] parenLine = new int[MAXLEVEL];
    private final int[] parenCol = new int[MAXLEVEL];
    private int level;

    // f-string mode stack; index 0 is the regular top-level mode and holds no state.
    private final FStringState[] modes = new FStringState[MAXFSTRINGLEVEL + 1];
    private int modeIndex;

    // Current token start.
    private int tokStart;
    private int tokLine;
    private int tokLineStart;
    /** Where a string literal began (tok->first_lineno / multi_line_start). */
    private int firstLine;
    private int multiLineStart;

    // Byte-column cache: cols are computed incrementally along a line.
    private int colCacheLineStart = -1;
    private int colCachePos;
    private int colCacheBytes;

    private static final int MAX_SHARED_TEXT = 32;
    private final String[] textCache = new String[2048];

    private Diagnostic diagnostic;
    private Token errorToken;
    private boolean done;

    public Lexer(SourceText src) {
        this.src = src;
        this.filename = src.filename();
        String text = src.text();
        boolean addNewline = !text.isEmpty() && text.charAt(text.length() - 1) != '\n';
        this.textLen = text.length();
        this.n = text.length() + (addNewline ? 1 : 0);
        this.buf = new char[n];
        text.getChars(0, text.length(), buf, 0);
        if (addNewline) buf[n - 1] = '\n';
        if (src.error() != null) {
            diagnostic = src.error();
            errorToken = new Token(TokenKind.ERRORTOKEN, "", 0, 0, 1, 0, 1, 0);
        }
    }

    /** Why the last ERRORTOKEN was produced, or null. */
    public Diagnostic diagnostic() { return diagnostic; }

    /** The next token; ERRORTOKEN (repeatedly) after an error, ENDMARKER (repeatedly) at the end. */
    public Token next() {
        if (errorToken != null) return errorToken;
        if (done) return make(TokenKind.ENDMARKER, pos, pos);
        Token t = modeIndex > 0 && !modes[modeIndex].regular ? fstringMode(modes[modeIndex]) : normalMode();
        if (t.kind() == TokenKind.ENDMARKER) done = true;
        return t;
    }

    // ---------------------------------------------------------------- reading

    private int nextc() {
        if (lineBreakPending) {
            if (pos >= n) return EOF;
            lineBreakPending = false;
            line++;
            lineStart = pos;
        }
        if (pos >= n) return EOF;
        char c = buf[pos++];
        if (c == '\n') lineBreakPending = true;
        return c;
    }

    private void backup(int c) {
        if (c == EOF) return;
        pos--;
        if (c == '\n') lineBreakPending = false;
    }

    private int peek() {
        int c = nextc();
        backup(c);
        return c;
    }

    // ---------------------------------------------------------------- normal mode

    private Token normalMode() {
        FStringState current = modes[modeIndex];
        int c;
        boolean blankline;
        nextline:
        for (;;) {
            blankline = false;
            if (atbol) {
                atbol = false;
                int col = 0;
                int altcol = 0;
                int contLineCol = 0;
                for (;;) {
                    c = nextc();
                    if (c == ' ') {
                        col++;
                        altcol++;
                    } else if (c == '\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol = altcol + 1;
                    } else if (c == '\f') {
                        col = altcol = 0;
                    } else if (c == '\\') {
                        // The first backslash after indentation fixes the level of what follows.
                        contLineCol = contLineCol != 0 ? contLineCol : col;
                        if ((c = continuationLine(true)) == -1) return error();
                    } else {
                        break;
                    }
                }
                backup(c);
                if (c == '#' || c == '\n' || c == '\r') blankline = true;
                if (!blankline && level == 0) {
                    col = contLineCol != 0 ? contLineCol : col;
                    altcol = contLineCol != 0 ? contLineCol : altcol;
                    if (col == indstack[indent]) {
                        if (altcol != altindstack[indent]) return tabError();
                    } else if (col > indstack[indent]) {
                        if (indent + 1 >= MAXINDENT) {
                            pos = lineEndPos();
                            return lateError("IndentationError", "too many levels of indentation", 1, 0);
                        }
                        if (altcol <= altindstack[indent]) return tabError();
                        pendin++;
                        indstack[++indent] = col;
                        altindstack[indent] = altcol;
                    } else {
                        while (indent > 0 && col < indstack[indent]) {
                            pendin--;
                            indent--;
                        }
                        if (col != indstack[indent]) {
                            pos = lineEndPos();
                            return lateError("IndentationError",
                                    "unindent does not match any outer indentation level",
                                    bytesBetween(lineStart, pos), -1);
                        }
                        if (altcol != altindstack[indent]) return tabError();
                    }
                }
            }

            tokStart = pos;
            tokLine = line;
            tokLineStart = lineStart;
            if (pendin != 0) {
                if (pendin < 0) {
                    pendin++;
                    return make(TokenKind.DEDENT, pos, pos);
                }
                pendin--;
                return make(TokenKind.INDENT, lineStart, pos);
            }

            again:
            for (;;) {
                do {
                    c = nextc();
                } while (c == ' ' || c == '\t' || c == '\f');
                markStart(c);

                if (c == '#') {
                    while (c != EOF && c != '\n') c = nextc();
                    // The comment is dropped; a NEWLINE after it starts at the line break.
                    if (c == '\n') tokStart = pos - 1;
                }

                if (c == EOF) {
                    if (level > 0) return unclosedBracket();
                    return make(TokenKind.ENDMARKER, pos, pos);
                }

                if (isPotentialIdentifierStart(c)) return identifierOrString(c, current);

                if (c == '\n') {
                    atbol = true;
                    if (blankline || level > 0) continue nextline;
                    contLine = false;
                    return make(TokenKind.NEWLINE, tokStart, pos);
                }

                if (c == '.') {
                    c = nextc();
                    if (isDigit(c)) return number(c, true);
                    if (c == '.') {
                        c = nextc();
                        if (c == '.') return make(TokenKind.ELLIPSIS, tokStart, pos);
                        backup(c);
                        backup('.');
                    } else {
                        backup(c);
                    }
                    return make(TokenKind.DOT, tokStart, pos);
                }

                if (isDigit(c)) return number(c, false);

                if (c == '\'' || c == '"') return string(c, current);

                if (c == '\\') {
                    if (continuationLine(false) == -1) return error();
                    contLine = true;
                    continue again;
                }
                return punctuation(c, current);
            }
        }
    }

    private void markStart(int c) {
        tokStart = c == EOF ? pos : pos - 1;
        tokLine = line;
        tokLineStart = lineStart;
    }

    /**
     * After a backslash: must be followed by a newline and then more input (tok_continuation_line).
     * atBol: the backslash came while measuring indentation, where CPython has no token start yet; a
     * file tokenizer then rewinds its buffer before reading past the end, so EOF there has column 0.
     */
    private int continuationLine(boolean atBol) {
        int c = nextc();
        if (c != '\n') {
            // E_LINECONT: the column is that of the char after the backslash.
            int col = bytesBetween(lineStart, pos) - 1;
            if (c == EOF) col = bytesBetween(lineStart, pos);
            return failLate("SyntaxError", "unexpected character after line continuation character",
                    Math.max(col, 0) + 1, 0);
        }
        c = nextc();
        if (c == EOF) {
            pos = n;
            if (level > 0) {
                unclosedBracket();
                return -1;
            }
            return failLate("SyntaxError", "unexpected EOF while parsing",
                    atBol ? 0 : bytesBetween(lineStart, pos), -1);
        }
        backup(c);
        return c;
    }

    private Token identifierOrString(int c, FStringState current) {
        boolean sawB = false, sawR = false, sawU = false, sawF = false;
        for (;;) {
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) {
                sawB = true;
            } else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) {
                sawU = true;
            } else if (!(sawR || sawU) && (c == 'r' || c == 'R')) {
                sawR = true;
            } else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) {
                sawF = true;
            } else {
                break;
            }
            c = nextc();
            if (c == '"' || c == '\'') {
                if (sawF) return fstringStart(c);
                return string(c, current);
            }
        }
        boolean nonascii = false;
        while (isPotentialIdentifierChar(c)) {
            if (c >= 128) nonascii = true;
            c = nextc();
        }
        backup(c);
        if (!nonascii) return make(Keywords.lookup(buf, tokStart, pos), tokStart, pos);
        return nonAsciiIdentifier();
    }

    /** verify_identifier: XID rules on the raw chars, then NFKC as the parser does. */
    private Token nonAsciiIdentifier() {
        if (src.hasRawBytes()) {
            String raw = new String(buf, tokStart, pos - tokStart);
            if (Utf8Bytes.hasRawByte(raw)) {
                // verify_identifier's decode fails first; CPython's token has no column then, so the
                // error sits at the reading position, converted against the shown line.
                byte[] b = Utf8Bytes.rawBytes(raw, 0, raw.length());
                String shown = src.errorLine(line);
                int col = Utf8Bytes.charOffset(shown, byteCol(lineStart, pos));
                return fail("SyntaxError", "(unicode error) " + Utf8Bytes.decodeError(b, 0, b.length), line, col, 0,
                        shown);
            }
        }
        int i = tokStart;
        boolean first = true;
        while (i < pos) {
            int cp = Character.codePointAt(buf, i, pos);
            boolean ok = first ? (cp == '_' || UnicodeTables.isXidStart(cp)) : UnicodeTables.isXidContinue(cp);
            if (!ok) {
                pos = i + Character.charCount(cp);
                String msg = UnicodeTables.isPrintable(cp)
                        ? String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp)
                        : String.format("invalid non-printable character U+%04X", cp);
                return syntaxError(msg);
            }
            first = false;
            i += Character.charCount(cp);
        }
        String raw = new String(buf, tokStart, pos - tokStart);
        String name = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        TokenKind kind = Keywords.lookup(name.toCharArray(), 0, name.length());
        return new Token(kind, name, tokStart, pos, tokLine, byteCol(tokLineStart, tokStart), line,
                byteCol(lineStart, pos));
    }

    // ---------------------------------------------------------------- numbers

    private Token number(int c, boolean fraction) {
        if (fraction) {
            // Entered after '.' with c the first digit of the fraction.
            c = decimalTail();
            if (c == 0) return error();
            return exponentAndRest(c);
        }
        if (c == '0') {
            c = nextc();
            if (c == 'x' || c == 'X') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (!isHexDigit(c)) {
                        backup(c);
                        return syntaxError("invalid hexadecimal literal");
                    }
                    do {
                        c = nextc();
                    } while (isHexDigit(c));
                } while (c == '_');
                if (!verifyEndOfNumber(c, "hexadecimal")) return error();
            } else if (c == 'o' || c == 'O') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c < '0' || c >= '8') {
                        if (isDigit(c)) return syntaxError("invalid digit '" + (char) c + "' in octal literal");
                        backup(c);
                        return syntaxError("invalid octal literal");
                    }
                    do {
                        c = nextc();
                    } while ('0' <= c && c < '8');
                } while (c == '_');
                if (isDigit(c)) return syntaxError("invalid digit '" + (char) c + "' in octal literal");
                if (!verifyEndOfNumber(c, "octal")) return error();
            } else if (c == 'b' || c == 'B') {
                c = nextc();
                do {
                    if (c == '_') c = nextc();
                    if (c != '0' && c != '1') {
                        if (isDigit(c)) return syntaxError("invalid digit '" + (char) c + "' in binary literal");
                        backup(c);
                        return syntaxError("invalid binary literal");
                    }
                    do {
                        c = nextc();
                    } while (c == '0' || c == '1');
                } while (c == '_');
                if (isDigit(c)) return syntaxError("invalid digit '" + (char) c + "' in binary literal");
                if (!verifyEndOfNumber(c, "binary")) return error();
            } else {
                boolean nonzero = false;
                // Leading zeros, possibly separated by underscores; "0" alone is fine.
                for (;;) {
                    if (c == '_') {
                        c = nextc();
                        if (!isDigit(c)) {
                            backup(c);
                            return syntaxError("invalid decimal literal");
                        }
                    }
                    if (c != '0') break;
                    c = nextc();
                }
                int zerosEnd = pos;
                if (isDigit(c)) {
                    nonzero = true;
                    c = decimalTail();
                    if (c == 0) return error();
                }
                if (c == '.') {
                    c = nextc();
                    return fractionPart(c);
                } else if (c == 'e' || c == 'E') {
                    return exponent(c);
                } else if (c == 'j' || c == 'J') {
                    return imaginary();
                } else if (nonzero) {
                    backup(c);
                    // CPython passes byte offsets here and reports them as-is.
                    return syntaxErrorRange("leading zeros in decimal integer literals are not permitted; "
                            + "use an 0o prefix for octal integers",
                            bytesBetween(lineStart, tokStart) + 1, bytesBetween(lineStart, zerosEnd));
                }
                if (!verifyEndOfNumber(c, "decimal")) return error();
            }
            backup(c);
            return make(TokenKind.NUMBER, tokStart, pos);
        }
        // Decimal
        c = decimalTail();
        if (c == 0) return error();
        if (c == '.') {
            c = nextc();
            return fractionPart(c);
        }
        return exponentAndRest(c);
    }

    private Token fractionPart(int c) {
        if (isDigit(c)) {
            c = decimalTail();
            if (c == 0) return error();
        }
        return exponentAndRest(c);
    }

    private Token exponentAndRest(int c) {
        if (c == 'e' || c == 'E') return exponent(c);
        if (c == 'j' || c == 'J') return imaginary();
        if (!verifyEndOfNumber(c, "decimal")) return error();
        backup(c);
        return make(TokenKind.NUMBER, tokStart, pos);
    }

    private Token exponent(int e) {
        int c = nextc();
        if (c == '+' || c == '-') {
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                return syntaxError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup(c);
            if (!verifyEndOfNumber(e, "decimal")) return error();
            backup(e);
            return make(TokenKind.NUMBER, tokStart, pos);
        }
        c = decimalTail();
        if (c == 0) return error();
        if (c == 'j' || c == 'J') return imaginary();
        if (!verifyEndOfNumber(c, "decimal")) return error();
        backup(c);
        return make(TokenKind.NUMBER, tokStart, pos);
    }

    private Token imaginary() {
        int c = nextc();
        if (!verifyEndOfNumber(c, "imaginary")) return error();
        backup(c);
        return make(TokenKind.NUMBER, tokStart, pos);
    }

    /** Digits with single underscores between them; returns the char after, or 0 after an error. */
    private int decimalTail() {
        int c;
        for (;;) {
            do {
                c = nextc();
            } while (isDigit(c));
            if (c != '_') break;
            c = nextc();
            if (!isDigit(c)) {
                backup(c);
                syntaxError("invalid decimal literal");
                return 0;
            }
        }
        return c;
    }

    /**
     * A number directly followed by a keyword that may legally follow it ("1if x else y") is only
     * warned about by CPython; directly followed by other identifier chars it is an error.
     */
    private boolean verifyEndOfNumber(int c, String kind) {
        boolean r = false;
        if (c == 'a') r = lookahead("nd");
        else if (c == 'e') r = lookahead("lse");
        else if (c == 'f') r = lookahead("or");
        else if (c == 'i') {
            int c2 = nextc();
            r = c2 == 'f' || c2 == 'n' || c2 == 's';
            backup(c2);
        } else if (c == 'o') r = lookahead("r");
        else if (c == 'n') r = lookahead("ot");
        if (r) return true;
        if (c >= 0 && c < 128 && isPotentialIdentifierChar(c)) {
            backup(c);
            syntaxError("invalid " + kind + " literal");
            return false;
        }
        return true;
    }

    private boolean lookahead(String test) {
        int save = pos;
        boolean pending = lineBreakPending;
        int savedLine = line;
        int savedLineStart = lineStart;
        boolean ok = true;
        for (int i = 0; i < test.length(); i++) {
            if (nextc() != test.charAt(i)) {
                ok = false;
                break;
            }
        }
        if (ok) {
            int c = nextc();
            ok = !isPotentialIdentifierChar(c);
        }
        pos = save;
        lineBreakPending = pending;
        line = savedLine;
        lineStart = savedLineStart;
        return ok;
    }

    // ---------------------------------------------------------------- strings

    private Token string(int quote, FStringState current) {
        int quoteSize = 1;
        int endQuoteSize = 0;
        firstLine = line;
        multiLineStart = lineStart;
        int c = nextc();
        if (c == quote) {
            c = nextc();
            if (c == quote) quoteSize = 3;
            else endQuoteSize = 1;
        }
        if (c != quote) backup(c);

        while (endQuoteSize != quoteSize) {
            c = nextc();
            if (c == EOF || (quoteSize == 1 && c == '\n')) {
                int detected = line;
                pos = tokStart + 1;
                lineStart = multiLineStart;
                line = firstLine;
                lineBreakPending = false;
                if (modeIndex > 0 && current.quote == quote && current.quoteSize == quoteSize) {
                    return syntaxError("f-string: expecting '}'");
                }
                if (quoteSize == 3) {
                    return syntaxError("unterminated triple-quoted string literal (detected at line "
                            + detected + ")");
                }
                return syntaxError("unterminated string literal (detected at line " + detected + ")");
            }
            if (c == quote) {
                endQuoteSize++;
            } else {
                endQuoteSize = 0;
                if (c == '\\') nextc();
            }
        }
        return makeString(TokenKind.STRING, tokStart, pos);
    }

    private Token makeString(TokenKind kind, int from, int to) {
        return new Token(kind, new String(buf, from, to - from), from, to, firstLine,
                byteCol(multiLineStart, from), line, byteCol(lineStart, to));
    }

    // ---------------------------------------------------------------- f-strings

    private Token fstringStart(int quote) {
        int quoteSize = 1;
        firstLine = line;
        multiLineStart = lineStart;
        int afterQuote = nextc();
        if (afterQuote == quote) {
            int afterAfter = nextc();
            if (afterAfter == quote) {
                quoteSize = 3;
            } else {
                backup(afterAfter);
                backup(afterQuote);
            }
        }
        if (afterQuote != quote) backup(afterQuote);
        if (modeIndex + 1 >= MAXFSTRINGLEVEL) return syntaxError("too many nested f-strings");
        FStringState m = new FStringState();
        m.quote = (char) quote;
        m.quoteSize = quoteSize;
        m.start = tokStart;
        m.startLine = line;
        m.startLineStart = lineStart;
        char p0 = buf[tokStart];
        m.raw = p0 == 'r' || p0 == 'R' || buf[tokStart + 1] == 'r' || buf[tokStart + 1] == 'R';
        modes[++modeIndex] = m;
        return make(TokenKind.FSTRING_START, tokStart, pos);
    }

    private Token fstringMode(FStringState current) {
        tokStart = pos;
        tokLine = line;
        tokLineStart = lineStart;
        firstLine = line;
        multiLineStart = lineStart;

        int startChar = nextc();
        if (startChar == '{') {
            int peek1 = nextc();
            backup(peek1);
            backup(startChar);
            if (peek1 != '{') {
                current.exprStartDepth++;
                if (current.exprStartDepth >= MAX_EXPR_NESTING) {
                    return syntaxError("f-string: expressions nested too deeply");
                }
                current.regular = true;
                return normalMode();
            }
        } else {
            backup(startChar);
        }

        // At the closing quote(s)? Like CPython, quotes matched before a mismatch stay consumed.
        boolean isEnd = true;
        for (int i = 0; i < current.quoteSize; i++) {
            int q = nextc();
            if (q != current.quote) {
                backup(q);
                isEnd = false;
                break;
            }
        }
        if (isEnd) {
            modes[modeIndex--] = null;
            return make(TokenKind.FSTRING_END, tokStart, pos);
        }
        multiLineStart = lineStart;
        boolean unicodeEscape = false;
        int endQuoteSize = 0;
        while (endQuoteSize != current.quoteSize) {
            int c = nextc();
            boolean inFormatSpec = current.exprEnded && current.insideExpr();
            if (c == EOF || (current.quoteSize == 1 && c == '\n')) {
                if (inFormatSpec && c == '\n') {
                    backup(c);
                    current.regular = true;
                    return makeString(TokenKind.FSTRING_MIDDLE, tokStart, pos);
                }
                int detected = line;
                pos = current.start + 1;
                lineStart = current.startLineStart;
                line = current.startLine;
                lineBreakPending = false;
                if (current.quoteSize == 3) {
                    return syntaxError("unterminated triple-quoted f-string literal (detected at line "
                            + detected + ")");
                }
                return syntaxError("unterminated f-string literal (detected at line " + detected + ")");
            }
            if (c == current.quote) {
                endQuoteSize++;
                continue;
            }
            endQuoteSize = 0;
            if (c == '{') {
                int peek = nextc();
                if (peek != '{' || inFormatSpec) {
                    backup(peek);
                    backup(c);
                    current.exprStartDepth++;
                    if (current.exprStartDepth >= MAX_EXPR_NESTING) {
                        return syntaxError("f-string: expressions nested too deeply");
                    }
                    current.regular = true;
                    return makeString(TokenKind.FSTRING_MIDDLE, tokStart, pos);
                }
                return makeString(TokenKind.FSTRING_MIDDLE, tokStart, pos - 1, pos);
            } else if (c == '}') {
                if (unicodeEscape) return makeString(TokenKind.FSTRING_MIDDLE, tokStart, pos);
                int peek = nextc();
                if (peek == '}' && !inFormatSpec) {
                    return makeString(TokenKind.FSTRING_MIDDLE, tokStart, pos - 1, pos);
                }
                backup(peek);
                backup(c);
                current.regular = true;
                return makeString(TokenKind.FSTRING_MIDDLE, tokStart, pos);
            } else if (c == '\\') {
                int peek = nextc();
                if (peek == '{' || peek == '}') {
                    // A backslash cannot escape a brace: the brace is seen again by the loop.
                    backup(peek);
                    continue;
                }
                if (!current.raw && peek == 'N') {
                    peek = nextc();
                    if (peek == '{') unicodeEscape = true;
                    else backup(peek);
                }
            }
        }
        // Give back the closing quotes: the next call returns them as FSTRING_END.
        for (int i = 0; i < current.quoteSize; i++) pos--;
        lineBreakPending = false;
        return makeString(TokenKind.FSTRING_MIDDLE, tokStart, pos);
    }

    /** A middle token whose text stops at textEnd but whose reading position is past a doubled brace. */
    private Token makeString(TokenKind kind, int from, int textEnd, int resumeAt) {
        Token t = new Token(kind, new String(buf, from, textEnd - from), from, textEnd, firstLine,
                byteCol(multiLineStart, from), line, byteCol(lineStart, textEnd));
        pos = resumeAt;
        return t;
    }

    // ---------------------------------------------------------------- operators and brackets

    private Token punctuation(int c, FStringState current) {
        boolean isPunct = c == ':' || c == '}' || c == '!' || c == '{';
        if (isPunct && modeIndex > 0 && current.insideExpr()) {
            int cursor = current.curlyDepth - (c != '{' ? 1 : 0);
            if (cursor == 0) current.exprEnded = c != '{';
            if (c == ':' && cursor == current.exprStartDepth) {
                current.regular = false;
                return make(TokenKind.COLON, tokStart, pos);
            }
        }

        int c2 = nextc();
        TokenKind two = Operators.two(c, c2);
        if (two != null) {
            int c3 = nextc();
            TokenKind three = Operators.three(c, c2, c3);
            if (three != null) return make(three, tokStart, pos);
            backup(c3);
            return make(two, tokStart, pos);
        }
        backup(c2);

        switch (c) {
            case '(':
            case '[':
            case '{':
                if (level >= MAXLEVEL) return syntaxError("too many nested parentheses");
                parenstack[level] = (char) c;
                parenLine[level] = line;
                parenCol[level] = bytesBetween(lineStart, tokStart);
                level++;
                if (modeIndex > 0) current.curlyDepth++;
                break;
            case ')':
            case ']':
            case '}':
                if (modeIndex > 0 && current.curlyDepth == 0 && c == '}') {
                    return syntaxError("f-string: single '}' is not allowed");
                }
                if (level == 0) return syntaxError("unmatched '" + (char) c + "'");
                level--;
                char opening = parenstack[level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}'))) {
                    if (modeIndex > 0 && opening == '{') {
                        int previousBracket = current.curlyDepth - 1;
                        if (previousBracket == current.exprStartDepth) {
                            return syntaxError("f-string: unmatched '" + (char) c + "'");
                        }
                    }
                    if (parenLine[level] != line) {
                        return syntaxError("closing parenthesis '" + (char) c + "' does not match opening "
                                + "parenthesis '" + opening + "' on line " + parenLine[level]);
                    }
                    return syntaxError("closing parenthesis '" + (char) c + "' does not match opening "
                            + "parenthesis '" + opening + "'");
                }
                if (modeIndex > 0) {
                    current.curlyDepth--;
                    if (c == '}' && current.curlyDepth == current.exprStartDepth) {
                        current.exprStartDepth--;
                        current.regular = false;
                        current.debug = false;
                    }
                }
                break;
            default:
                break;
        }

        if (c < 0x20 || c == 0x7F) {
            return syntaxError(String.format("invalid non-printable character U+%04X", c));
        }
        if (c == '=' && modeIndex > 0 && current.insideExpr()) current.debug = true;
        return make(Operators.one(c), tokStart, pos);
    }

    // ---------------------------------------------------------------- tokens and errors

    private Token make(TokenKind kind, int from, int to) {
        if (from == n && lineBreakPending) {
            // Tokens at the end of input sit at the start of the line after the last one, as in tokenize.
            return new Token(kind, "", textLen, textLen, line + 1, 0, line + 1, 0);
        }
        int col = byteCol(tokLineStart, from);
        int endCol = byteCol(lineStart, to);
        // The synthetic final newline has no text: offsets stay inside text().
        from = Math.min(from, textLen);
        to = Math.min(to, textLen);
        return new Token(kind, text(from, to - from), from, to, tokLine, col, line, endCol);
    }

    /**
     * Token text, shared between equal short tokens: a file repeats the same names, operators and
     * small numbers, and the parser keeps every token, so sharing saves most of their memory.
     */
    private String text(int from, int len) {
        if (len <= 0) return "";
        if (len > MAX_SHARED_TEXT) return new String(buf, from, len);
        int h = 0;
        for (int i = from; i < from + len; i++) h = 31 * h + buf[i];
        int slot = (h ^ (h >>> 11)) & (textCache.length - 1);
        String s = textCache[slot];
        if (s != null && s.length() == len) {
            int i = 0;
            while (i < len && s.charAt(i) == buf[from + i]) i++;
            if (i == len) return s;
        }
        s = new String(buf, from, len);
        textCache[slot] = s;
        return s;
    }

    /** UTF-8 length of buf[ls, p), computed incrementally along the current line. */
    private int byteCol(int ls, int p) {
        if (ls != colCacheLineStart || p < colCachePos) {
            colCacheLineStart = ls;
            colCachePos = ls;
            colCacheBytes = 0;
        }
        int b = colCacheBytes;
        int i = colCachePos;
        while (i < p) {
            char c = buf[i++];
            if (c < 0x80) b++;
            else if (c < 0x800) b += 2;
            else if (Character.isHighSurrogate(c) && i < n && Character.isLowSurrogate(buf[i])) {
                b += 4;
                i++;
            } else b += Utf8Bytes.isRawByte(c) ? 1 : 3;
        }
        colCachePos = i;
        colCacheBytes = b;
        return b;
    }

    private int bytesBetween(int from, int to) {
        int b = 0;
        for (int i = from; i < to; i++) {
            char c = buf[i];
            if (c < 0x80) b++;
            else if (c < 0x800) b += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(buf[i + 1])) {
                b += 4;
                i++;
            } else b += Utf8Bytes.isRawByte(c) ? 1 : 3;
        }
        return b;
    }

    private int codePointsBetween(int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (!(Character.isLowSurrogate(buf[i]) && i > from && Character.isHighSurrogate(buf[i - 1]))) k++;
        }
        return k;
    }

    private int lineEndPos() {
        int i = lineStart;
        while (i < n && buf[i] != '\n') i++;
        return Math.min(i + 1, n);
    }

    private String currentLineText() {
        int i = lineStart;
        while (i < n && buf[i] != '\n') i++;
        return new String(buf, lineStart, i - lineStart);
    }

    /** tokenizer.c syntaxerror(): the column is that of the last char read (1-based, in chars). */
    private Token syntaxError(String msg) {
        int col = codePointsBetween(lineStart, Math.max(pos, lineStart));
        return fail("SyntaxError", msg, line, col, col);
    }

    /** syntaxerror_known_range(): CPython reports the given (byte) offsets unconverted. */
    private Token syntaxErrorRange(String msg, int col, int endCol) {
        return fail("SyntaxError", msg, line, col, endCol);
    }

    private Token tabError() {
        pos = lineEndPos();
        return lateError("TabError", "inconsistent use of tabs and spaces in indentation", 1, 0);
    }

    /**
     * Errors CPython's parser raises from the tokenizer's done-code (E_TABSPACE, E_DEDENT, ...):
     * offsets arrive in bytes and are converted to characters on the current line.
     */
    private Token lateError(String code, String msg, int byteOffset, int endOffset) {
        failLate(code, msg, byteOffset, endOffset);
        return errorToken;
    }

    private int failLate(String code, String msg, int byteOffset, int endOffset) {
        String text = currentLineText();
        int col = byteOffset;
        int end = endOffset;
        if (src.declaresEncoding()) {
            col = byteOffsetToCharOffset(text, byteOffset);
            end = endOffset > 0 ? byteOffsetToCharOffset(text, endOffset) : endOffset;
        }
        fail(code, msg, line, col, end);
        return -1;
    }

    /**
     * _PyPegen_byte_offset_to_character_offset: the number of chars in the first byteOffset bytes of
     * the line (offsets are 1-based, so this is the 1-based char offset), clamped to the line plus its
     * newline. A partially covered multi-byte char counts as one (CPython decodes with "replace").
     */
    static int byteOffsetToCharOffset(String lineText, int byteOffset) {
        int bytes = 0;
        int chars = 0;
        int i = 0;
        while (i < lineText.length() && bytes < byteOffset) {
            int cp = lineText.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            chars++;
        }
        if (bytes < byteOffset) chars++;
        return chars;
    }

    /** '(' was never closed: reported at the innermost open bracket. */
    private Token unclosedBracket() {
        int l = parenLine[level - 1];
        String text = src.lineText(l);
        int col = parenCol[level - 1] + 1;
        if (src.declaresEncoding()) col = byteOffsetToCharOffset(text, col);
        return fail("SyntaxError", "'" + parenstack[level - 1] + "' was never closed", l, col, 0, text);
    }

    private Token fail(String code, String msg, int l, int col, int endCol) {
        return fail(code, msg, l, col, endCol, currentLineText());
    }

    private Token fail(String code, String msg, int l, int col, int endCol, String text) {
        if (errorToken != null) return errorToken;
        diagnostic = Diagnostic.error(code, msg, filename, l, col, l, endCol, text);
        int p = Math.min(Math.max(pos, 0), textLen);
        errorToken = new Token(TokenKind.ERRORTOKEN, "", p, p, l, 0, l, 0);
        return errorToken;
    }

    private Token error() {
        return errorToken;
    }

    // ---------------------------------------------------------------- char classes

    private static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    private static boolean isHexDigit(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isPotentialIdentifierStart(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 128;
    }

    private static boolean isPotentialIdentifierChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c >= 128;
    }
}
