package dev.molt.frontend.parser;

import dev.molt.frontend.ast.ConstValue;
import dev.molt.frontend.ast.Expr;
import dev.molt.frontend.ast.Located;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.frontend.lexer.SourceText;
import dev.molt.frontend.lexer.Token;
import java.nio.charset.StandardCharsets;

/**
 * The syntax errors the parser raises, worded exactly as CPython 3.12's parser words them, and
 * the conversion of AST positions (UTF-8 byte columns) to SyntaxError offsets (1-based characters).
 */
final class SyntaxErrors {
    static final String INVALID_SYNTAX = "invalid syntax";
    static final String FORGOT_COMMA = "invalid syntax. Perhaps you forgot a comma?";
    static final String EXPECTED_COLON = "expected ':'";
    static final String MAYBE_EQ_OR_WALRUS = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
    static final String POSITIONAL_AFTER_KEYWORD = "positional argument follows keyword argument";
    static final String POSITIONAL_AFTER_KW_UNPACK = "positional argument follows keyword argument unpacking";
    static final String ITERABLE_AFTER_KW_UNPACK = "iterable argument unpacking follows keyword argument unpacking";
    static final String GENEXP_PARENS = "Generator expression must be parenthesized";
    static final String UNPACK_IN_COMPREHENSION = "iterable unpacking cannot be used in comprehension";
    static final String DICT_UNPACK_IN_COMPREHENSION = "dict unpacking cannot be used in dict comprehension";
    static final String KWARG_ASSIGNMENT = "expression cannot contain assignment, perhaps you meant \"==\"?";
    static final String STACK_OVERFLOW = "Parser stack overflowed - Python source too complex to parse";
    static final String UNEXPECTED_INDENT = "unexpected indent";
    static final String UNEXPECTED_UNINDENT = "unexpected unindent";
    static final String BYTES_MIX = "cannot mix bytes and nonbytes literals";
    static final String NONDEFAULT_AFTER_DEFAULT = "parameter without a default follows parameter with a default";
    static final String DUPLICATE_STAR = "* argument may appear only once";
    static final String NAMED_AFTER_BARE_STAR = "named arguments must follow bare *";
    static final String SLASH_ONCE = "/ may appear only once";
    static final String SLASH_AFTER_STAR = "/ must be ahead of *";
    static final String AT_LEAST_ONE_BEFORE_SLASH = "at least one argument must precede /";
    static final String VAR_KEYWORD_LAST = "arguments cannot follow var-keyword argument";
    static final String STARRED_DEFAULT = "var-positional argument cannot have default value";
    static final String KW_DEFAULT = "var-keyword argument cannot have default value";
    static final String ONLY_SINGLE_TARGET_TUPLE = "only single target (not tuple) can be annotated";
    static final String ILLEGAL_ANN_TARGET = "illegal target for annotation";
    static final String YIELD_ASSIGN = "assignment to yield expression not possible";
    static final String EXCEPT_STAR_BARE = "expected one or more exception types";

    private final SourceText src;
    /**
     * The file starts with a UTF-8 BOM. CPython's columns do not count it, but it converts them
     * to characters against the line as read from the file, BOM included: on line 1 an error
     * lands one character early per 3 bytes of BOM, and so do we, to match it.
     */
    boolean bom;

    SyntaxErrors(SourceText src) {
        this.src = src;
    }

    static String expected(String what) {
        return "expected '" + what + "'";
    }

    static String indentedBlock(String what, int line) {
        return "expected an indented block after " + what + " on line " + line;
    }

    static String cannotAssign(String name) {
        return "cannot assign to " + name;
    }

    static String cannotAssignHere(String name) {
        return "cannot assign to " + name + " here. Maybe you meant '==' instead of '='?";
    }

    static String cannotDelete(String name) {
        return "cannot delete " + name;
    }

    /** CPython's _PyPegen_get_expr_name: how error messages name an expression kind. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Starred) return "starred";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.List) return "list";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.GeneratorExp) return "generator expression";
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) return "yield expression";
        if (e instanceof Expr.Await) return "await expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.SetComp) return "set comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.Set) return "set display";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Constant c) {
            ConstValue v = c.value();
            if (v instanceof ConstValue.None) return "None";
            if (v instanceof ConstValue.Bool b) return b.value() ? "True" : "False";
            if (v instanceof ConstValue.Ellipsis) return "ellipsis";
            return "literal";
        }
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.NamedExpr) return "named expression";
        return "expression";
    }

    /** RAISE_SYNTAX_ERROR_KNOWN_LOCATION at a token. */
    SyntaxFailure at(Token t, String message) {
        if (!hasColumn(t)) {
            return make("SyntaxError", message, cpythonLine(t), -1, cpythonLine(t), -1, false);
        }
        return make("SyntaxError", message, t.line(), t.col(), t.endLine(), t.endCol(), false);
    }

    /**
     * RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: located at the last token fetched; for tokens
     * without a column (INDENT, DEDENT, ENDMARKER) CPython uses the tokenizer's position instead,
     * not converted to 1-based and with no end.
     */
    SyntaxFailure atLast(String code, Token t, String message) {
        if (!hasColumn(t)) {
            int line = cpythonLine(t);
            int raw = tokenizerColumn(t, line);
            String text = fileLine(line);
            int col = src.declaresEncoding() ? charOffset(fileLine(line), raw) : raw;
            return new SyntaxFailure(Diagnostic.error(code, message, src.filename(), line, col, line, 0, text),
                    false);
        }
        return make(code, message, t.line(), t.col(), t.endLine(), t.endCol(), false);
    }

    private static boolean hasColumn(Token t) {
        switch (t.kind()) {
            case INDENT: case DEDENT: case ENDMARKER: return false;
            default: return true;
        }
    }

    /** CPython's tokenizer stays on the last line at end of file. */
    private int cpythonLine(Token t) {
        int last = Math.max(1, src.lineCount());
        return Math.min(t.line(), last);
    }

    private boolean atEof(Token t) {
        return t.kind() == dev.molt.frontend.lexer.TokenKind.ENDMARKER || t.line() > Math.max(1, src.lineCount());
    }

    /** Where the tokenizer stood after producing {@code t}, in bytes from the line start. */
    private int tokenizerColumn(Token t, int line) {
        String text = src.lineText(line);
        if (atEof(t)) {
            // Reading a file, CPython's tokenizer has emptied its buffer at end of file and
            // reports column 0 (compile() of a string would give the line's length plus one).
            return 0;
        }
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) i++;
        return i;
    }

    SyntaxFailure at(Located n, String message) {
        return make("SyntaxError", message, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset(), false);
    }

    SyntaxFailure range(Located a, Located b, String message) {
        return make("SyntaxError", message, a.lineno(), a.colOffset(), b.endLineno(), b.endColOffset(), false);
    }

    SyntaxFailure range(Token a, Located b, String message) {
        return make("SyntaxError", message, a.line(), a.col(), b.endLineno(), b.endColOffset(), false);
    }

    SyntaxFailure range(Located a, Token b, String message) {
        return make("SyntaxError", message, a.lineno(), a.colOffset(), b.endLine(), b.endCol(), false);
    }

    SyntaxFailure range(Token a, Token b, String message) {
        return make("SyntaxError", message, a.line(), a.col(), b.endLine(), b.endCol(), false);
    }

    /** RAISE_SYNTAX_ERROR_STARTING_FROM: from a node to where the tokenizer stands. */
    SyntaxFailure startingFrom(Located a, Token furthest, String message) {
        SyntaxFailure f = make("SyntaxError", message, a.lineno(), a.colOffset(), furthest.endLine(), -1, false);
        Diagnostic d = f.diagnostic;
        return new SyntaxFailure(Diagnostic.error(d.code(), d.message(), d.file(), d.line(), d.col(), d.endLine(),
                furthest.endCol(), d.text()), false);
    }

    SyntaxFailure startingFrom(Token a, Token furthest, String message) {
        SyntaxFailure f = make("SyntaxError", message, a.line(), a.col(), furthest.endLine(), -1, false);
        Diagnostic d = f.diagnostic;
        return new SyntaxFailure(Diagnostic.error(d.code(), d.message(), d.file(), d.line(), d.col(), d.endLine(),
                furthest.endCol(), d.text()), false);
    }

    /** RAISE_ERROR_KNOWN_LOCATION with an explicit start column and no end. */
    SyntaxFailure atColumn(int line, int byteCol, String message) {
        SyntaxFailure f = make("SyntaxError", message, line, byteCol, line, -1, false);
        return f;
    }

    SyntaxFailure indentation(Token t, String message) {
        return atLast("IndentationError", t, message);
    }

    /** The generic error at the furthest token: "invalid syntax", or an indentation complaint. */
    SyntaxFailure generic(Token furthest) {
        switch (furthest.kind()) {
            case INDENT:
                return mark(atLast("IndentationError", furthest, UNEXPECTED_INDENT));
            case DEDENT:
                return mark(atLast("IndentationError", furthest, UNEXPECTED_UNINDENT));
            default:
                return mark(at(furthest, INVALID_SYNTAX));
        }
    }

    private static SyntaxFailure mark(SyntaxFailure f) {
        return new SyntaxFailure(f.diagnostic, true);
    }

    SyntaxFailure stackOverflow() {
        return new SyntaxFailure(Diagnostic.error("MemoryError", STACK_OVERFLOW, src.filename(), 0, 0, 0, 0, null),
                false);
    }

    private SyntaxFailure make(String code, String message, int line, int byteCol, int endLine, int endByteCol,
                               boolean generic) {
        String text = fileLine(line);
        // Without a BOM or coding cookie CPython's tokenizer has no encoding set and leaves the
        // offsets in UTF-8 bytes (AST columns plus one); with one it converts them to characters,
        // the end against the start line's text too.
        int col;
        int endCol;
        if (src.declaresEncoding()) {
            String fileLine = fileLine(line);
            col = byteCol < 0 ? 0 : charOffset(fileLine, byteCol + 1);
            endCol = endByteCol < 0 ? 0 : charOffset(fileLine, endByteCol + 1);
        } else {
            col = byteCol < 0 ? 0 : byteCol + 1;
            endCol = endByteCol < 0 ? 0 : endByteCol + 1;
        }
        if (endLine < line) endLine = line;
        return new SyntaxFailure(Diagnostic.error(code, message, src.filename(), line, col, endLine, endCol, text),
                generic);
    }

    private String fileLine(int line) {
        if (src.hasRawBytes()) return src.errorLine(line);
        String text = src.lineText(line);
        return bom && line == 1 ? "\uFEFF" + text : text;
    }

    /** _PyPegen_byte_offset_to_character_offset: characters in the first {@code oneBased} bytes. */
    static int charOffset(String line, int oneBased) {
        // CPython's copy of the line keeps its line break.
        byte[] b = (line + "\n").getBytes(StandardCharsets.UTF_8);
        int n = Math.min(Math.max(oneBased, 0), b.length + 1);
        if (n > b.length) return line.codePointCount(0, line.length()) + 1 + (n - b.length);
        int count = 0;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            if (i + len > n) {
                count++; // a cut character decodes to one replacement character
                break;
            }
            i += len;
            count++;
        }
        return count;
    }
}
