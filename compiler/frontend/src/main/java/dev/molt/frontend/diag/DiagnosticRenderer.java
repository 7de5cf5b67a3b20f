package dev.molt.frontend.diag;

import java.nio.charset.StandardCharsets;

/**
 * Renders a diagnostic exactly as {@code python3.12 file.py} prints a {@code SyntaxError} to stderr.
 *
 * <p>The rules mirror CPython 3.12's C printer ({@code print_exception_file_and_line} and
 * {@code print_error_text} in Python/pythonrun.c), including its quirks, and were checked against
 * the stderr of every program in the syntax-error corpus:
 * <ul>
 *   <li>columns are character offsets but the printer measures the source line in UTF-8 bytes
 *       (clipping and multi-line spans), so the arithmetic below is done on bytes on purpose;</li>
 *   <li>only an exact {@code SyntaxError} uses the end position: for its subclasses
 *       ({@code IndentationError}, {@code TabError}) CPython forgets it and prints one caret;</li>
 *   <li>an error spanning lines is underlined to the end of its first line;</li>
 *   <li>leading spaces, tabs and form feeds are stripped and the caret shifted left with them;
 *       a caret that would fall left of the text (offset 0 = unknown) is not printed;</li>
 *   <li>a diagnostic without a location (line 0) prints only its last line, as CPython does
 *       for a {@code SyntaxError} raised with a message alone.</li>
 * </ul>
 */
public final class DiagnosticRenderer {
    private DiagnosticRenderer() {}

    /** The text CPython writes to stderr, each line ending in {@code \n}. */
    public static String render(Diagnostic d) {
        StringBuilder sb = new StringBuilder();
        if (d.line() > 0) {
            sb.append("  File \"").append(d.file()).append("\", line ").append(d.line()).append('\n');
            if (d.text() != null) sourceAndCaret(sb, d);
        }
        sb.append(d.code());
        if (d.message() != null && !d.message().isEmpty()) sb.append(": ").append(d.message());
        return sb.append('\n').toString();
    }

    private static void sourceAndCaret(StringBuilder sb, Diagnostic d) {
        // Diagnostic.text has no line break; the SyntaxError.text CPython measures normally ends in one
        byte[] line = (d.text() + "\n").getBytes(StandardCharsets.UTF_8);
        boolean exact = "SyntaxError".equals(d.code());
        long offset = d.col();
        long endOffset = exact && d.endCol() > 0 ? d.endCol() : -1;
        if (exact && d.endLine() > d.line()) endOffset = line.length;
        if (endOffset > line.length + 1) endOffset = line.length + 1;
        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;

        offset--;
        int start = 0;
        while (start < line.length && (line[start] == ' ' || line[start] == '\t' || line[start] == '\f')) {
            start++;
            offset--;
        }
        int len = line.length - 1 - start;
        if (offset > len) offset = len;
        // a logical line joined by backslashes can carry several physical lines: show the one the column is on
        for (int i = start; i < line.length - 1; i++) {
            if (line[i] != '\n') continue;
            int inLine = i - start;
            if (inLine >= offset) break;
            offset -= inLine + 1;
            start = i + 1;
        }
        sb.append("    ").append(new String(line, start, line.length - start, StandardCharsets.UTF_8));
        if (offset < 0) return;
        sb.append("    ");
        for (long i = 0; i < offset; i++) sb.append(' ');
        for (long i = 0; i < carets; i++) sb.append('^');
        sb.append('\n');
    }
}
