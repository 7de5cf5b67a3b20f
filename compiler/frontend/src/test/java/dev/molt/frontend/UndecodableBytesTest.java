package dev.molt.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.molt.frontend.diag.DiagnosticRenderer;
import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;
import dev.molt.frontend.testing.CPython;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bytes that are not UTF-8 in a file that declares UTF-8 (cookie or BOM): CPython reports them only
 * when a string literal or a name holding them is decoded, with the UTF-8 decoder's message. Each
 * program is run by python3.12 as a file and its stderr is the expected output.
 */
class UndecodableBytesTest {
    private static final String[] BODIES = {
        "x = '\\xc3'\n", "x = 'ab\\xc3cd'\n", "x = 'ab\\xffcd'\n", "x = 'ab\\xe2\\x82'\n", "x = 'ab\\xe2\\x82cd'\n",
        "x = 'ab\\xed\\xa0\\x80cd'\n", "x = 'ab\\xf0\\x9f\\x98'\n", "x = b'ab\\xc3cd'\n", "x = r'ab\\xc3cd'\n",
        "x = '''ab\\ncd\\xc3cd'''\n", "x = f'ab\\xc3cd'\n", "x = f'ab{1}\\xc3cd'\n", "x = 1 # ab\\xc3cd\n",
        "x\\xc3 = 1\n", "x = 1 + \\xc3abc\n", "x = (1 2) '\\xc3'\n", "x = '\\xc3' (1 2)\n",
        "y = '\\xc3\\xa9'; x = '\\xe9'\n", "x = '\\\\xc3\\xc3'\n", "x = 'a\\\\\\n\\xc3'\n", "x = u'ab\\xc3\\xc3cd'\n",
        "def f():\n    '\\xc3'\n", "x = '\\xc3'",
    };

    @Test
    void sameErrorAsRunningTheFile(@TempDir Path dir) throws IOException {
        byte[][] prefixes = {
            "# coding: utf-8\n".getBytes(StandardCharsets.US_ASCII),
            {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
        };
        List<String> diffs = new ArrayList<>();
        int compared = 0;
        for (byte[] prefix : prefixes) {
            for (String body : BODIES) {
                ByteArrayOutputStream src = new ByteArrayOutputStream();
                src.writeBytes(prefix);
                src.writeBytes(unescape(body));
                Path file = dir.resolve("t.py");
                Files.write(file, src.toByteArray());
                CPython.Result r = CPython.run(CPython.executable(), List.of("-X", "utf8", file.toString()), new byte[0]);
                String err = r.stderr().replace(file.toString(), "t.py");
                int at = err.lastIndexOf("  File \"t.py\"");
                String want = r.exit() == 0 ? "OK\n" : at >= 0 ? err.substring(at) : lastLine(err);
                ParseResult p = Parser.parse(src.toByteArray(), "t.py");
                String got = p.ok() ? "OK\n" : DiagnosticRenderer.render(p.diagnostics().get(0));
                compared++;
                if (!want.equals(got)) diffs.add(body + "\n--- want\n" + want + "--- got\n" + got);
            }
        }
        assertEquals(2 * BODIES.length, compared);
        assertEquals(List.of(), diffs);
    }

    private static String lastLine(String err) {
        String[] lines = err.strip().split("\n");
        return lines[lines.length - 1] + "\n";
    }

    /** The bodies spell raw bytes as \xNN (and a real backslash as \\). */
    private static byte[] unescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && s.charAt(i + 1) == 'x') {
                out.write(Integer.parseInt(s.substring(i + 2, i + 4), 16));
                i += 3;
            } else if (c == '\\' && s.charAt(i + 1) == '\\') {
                out.write('\\');
                i++;
            } else if (c == '\\' && s.charAt(i + 1) == 'n') {
                out.write('\n');
                i++;
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }
}
