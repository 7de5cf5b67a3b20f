package dev.molt.frontend.lexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Our token stream in the format of src/test/resources/lexer/tokens.py (also runnable as a main). */
public final class TokenDump {
    private TokenDump() {}

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (String a : args) dump(Path.of(a), sb);
        System.out.print(sb);
    }

    static void dump(Path path, StringBuilder out) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.append("FILE ").append(path).append('\n');
        dumpTokens(SourceText.decode(bytes, path.toString()), out);
    }

    static void dumpTokens(SourceText src, StringBuilder out) {
        Lexer lx = new Lexer(src);
        for (int guard = 0; guard < 10_000_000; guard++) {
            Token t = lx.next();
            if (t.kind() == TokenKind.ERRORTOKEN) {
                out.append("ERROR ").append(lx.diagnostic().message()).append('\n');
                return;
            }
            String name = t.kind().isKeyword() ? "NAME" : t.kind().name();
            out.append("[\"").append(name).append("\", ");
            json(out, t.text());
            out.append(", ").append(t.line()).append(", ").append(src.charCol(t.line(), t.col()))
                    .append(", ").append(t.endLine()).append(", ").append(src.charCol(t.endLine(), t.endCol()))
                    .append("]\n");
            if (t.kind() == TokenKind.ENDMARKER) return;
        }
    }

    /** JSON string as Python's json.dumps writes it (ensure_ascii). */
    static void json(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                case '\b': out.append("\\b"); break;
                case '\f': out.append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7E) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
            }
        }
        out.append('"');
    }
}
