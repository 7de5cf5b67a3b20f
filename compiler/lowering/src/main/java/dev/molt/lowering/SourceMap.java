package dev.molt.lowering;

import dev.molt.frontend.ast.Located;
import dev.molt.frontend.diag.Diagnostic;
import java.nio.charset.StandardCharsets;

/**
 * Turns AST positions (UTF-8 byte columns) into CPython-style diagnostics (1-based character
 * columns, the source line as text). Works without the source too, with byte columns.
 */
public final class SourceMap {
    private final String file;
    private final String[] lines;

    public SourceMap(String file, String source) {
        this.file = file;
        this.lines = source == null ? new String[0] : source.split("\r\n|\r|\n", -1);
    }

    public String file() { return file; }

    public String line(int n) { return n >= 1 && n <= lines.length ? lines[n - 1] : null; }

    /** 0-based UTF-8 byte column to 1-based character column (CPython's SyntaxError offset). */
    public int charOffset(int line, int byteCol) {
        String text = line(line);
        if (text == null || byteCol < 0) return byteCol + 1;
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int limit = Math.min(byteCol, utf8.length);
        int chars = 0;
        for (int i = 0; i < limit; i++) if ((utf8[i] & 0xC0) != 0x80) chars++;
        return chars + 1 + Math.max(0, byteCol - utf8.length);
    }

    /**
     * A diagnostic at a node. CPython's symbol table and code generator report {@code col_offset + 1}
     * as the SyntaxError offset without converting UTF-8 bytes to characters (unlike the parser), so
     * these columns are byte-based on purpose: they match what python3.12 prints.
     */
    public Diagnostic error(String code, String message, Located at) {
        if (at == null) return Diagnostic.error(code, message, file, 0, 0, 0, 0, null);
        return Diagnostic.error(code, message, file, at.lineno(), at.colOffset() + 1,
            at.endLineno(), at.endColOffset() + 1, line(at.lineno()));
    }
}
