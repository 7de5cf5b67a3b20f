package dev.molt.frontend.parser;

import dev.molt.frontend.ast.Mod;
import dev.molt.frontend.ast.Stmt;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.frontend.lexer.Lexer;
import dev.molt.frontend.lexer.SourceText;
import java.util.List;

/**
 * Python 3.12 source to {@code Module}, node for node what CPython's {@code ast.parse} gives, or the
 * SyntaxError it raises. A hand-written recursive descent parser over the lexer's tokens; see
 * {@link StatementParser}, {@link ExpressionParser}, {@link PatternParser}, {@link ArgumentsParser},
 * {@link FStringParser}. Never throws.
 */
public final class Parser {
    /** Deep nesting recurses; a big stack keeps that off the caller's thread stack. */
    private static final long STACK_BYTES = 256L << 20;

    private Parser() {}

    public static ParseResult parse(byte[] source, String filename) {
        SourceText src = SourceText.decode(source, filename);
        if (src.error() != null) return new ParseResult(null, List.of(src.error()), src);
        ParseResult[] out = new ParseResult[1];
        boolean bom = source.length >= 3 && (source[0] & 0xFF) == 0xEF && (source[1] & 0xFF) == 0xBB
                && (source[2] & 0xFF) == 0xBF;
        Runnable task = () -> out[0] = parseDecoded(src, bom);
        if (source.length < 200_000 && shallow(source)) {
            task.run();
        } else {
            Thread t = new Thread(null, task, "molt-parser", STACK_BYTES);
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (out[0] == null) {
                Diagnostic d = Diagnostic.error("MemoryError", SyntaxErrors.STACK_OVERFLOW, filename, 0, 0, 0, 0, null);
                return new ParseResult(null, List.of(d), src);
            }
        }
        return out[0];
    }

    /**
     * Cheap check that nesting stays low (brackets open at once, runs of unary operators), so
     * parsing on the caller's stack is safe. Brackets inside strings count too: harmless.
     */
    private static boolean shallow(byte[] source) {
        int depth = 0;
        int run = 0;
        for (byte b : source) {
            if (b == '(' || b == '[' || b == '{') {
                if (++depth > 30) return false;
            } else if (b == ')' || b == ']' || b == '}') {
                depth--;
            }
            if (b == '-' || b == '~' || b == '+' || b == '(') {
                if (++run > 40) return false;
            } else if (b != ' ') {
                run = 0;
            }
        }
        return true;
    }

    static ParseResult parseDecoded(SourceText src, boolean bom) {
        TokenStream ts = new TokenStream(new Lexer(src));
        ParserState state = new ParserState(src, ts);
        state.err.bom = bom;
        try {
            List<Stmt> body = state.stmt.file();
            return new ParseResult(new Mod.Module(body, List.of()), List.of(), src);
        } catch (SyntaxFailure f) {
            return new ParseResult(null, List.of(finalError(state, f)), src);
        } catch (StackOverflowError e) {
            Diagnostic d = Diagnostic.error("MemoryError", SyntaxErrors.STACK_OVERFLOW, src.filename(), 0, 0, 0, 0, null);
            return new ParseResult(null, List.of(d), src);
        } catch (RuntimeException e) {
            // A parser bug must not escape to the caller: report it as a diagnostic instead.
            Diagnostic d = Diagnostic.error("InternalError", "parser failure: " + e, src.filename(), 0, 0, 0, 0, null);
            return new ParseResult(null, List.of(d), src);
        }
    }

    /**
     * CPython tokenizes the rest of the file after a parser error: a tokenizer error found there
     * replaces the parser's error ("'(' was never closed" only if it opened before the error line).
     */
    private static Diagnostic finalError(ParserState state, SyntaxFailure f) {
        TokenStream ts = state.ts;
        Diagnostic d = f.diagnostic;
        if (ts.lexError() != null && ts.lexError() == d) return withFile(d, ts);
        if ("MemoryError".equals(d.code())) return d;
        // "unexpected indent/unindent" is raised without looking further.
        if (f.generic && "IndentationError".equals(d.code())) return d;
        Diagnostic lex = ts.drainForLexError();
        if (lex == null) return d;
        // CPython's second pass reads at least one token past where the first stopped; a broken
        // token right there is reported as it is fetched.
        if (f.generic && ts.lexErrorIndex() == ts.furthestIndex() + 1) return normalized(lex);
        if (lex.message().endsWith("was never closed")) {
            return ts.furthest().line() > lex.line() ? normalized(lex) : d;
        }
        // An error inside an f-string stands; so does one the tokenizer only reports lazily.
        if (state.fstringDepth > 0 || deferredByTokenizer(lex)) return d;
        return normalized(lex);
    }

    /**
     * Tokenizer errors CPython records as a state (E_EOF, E_DEDENT, E_TABSPACE, E_TOODEEP,
     * E_LINECONT) rather than raising: they do not replace an earlier parser error.
     */
    private static boolean deferredByTokenizer(Diagnostic lex) {
        String m = lex.message();
        return m.equals("unexpected EOF while parsing")
                || m.equals("unindent does not match any outer indentation level")
                || m.equals("inconsistent use of tabs and spaces in indentation")
                || m.equals("too many levels of indentation")
                || m.equals("unexpected character after line continuation character");
    }

    private static Diagnostic withFile(Diagnostic d, TokenStream ts) {
        return normalized(d);
    }

    /** CPython's -1 ("no end") is 0 (unknown) in a Diagnostic. */
    private static Diagnostic normalized(Diagnostic d) {
        if (d.col() >= 0 && d.endCol() >= 0) return d;
        return Diagnostic.error(d.code(), d.message(), d.file(), d.line(), Math.max(d.col(), 0), d.endLine(),
                Math.max(d.endCol(), 0), d.text());
    }
}
