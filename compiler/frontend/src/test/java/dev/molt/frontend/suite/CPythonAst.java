package dev.molt.frontend.suite;

import dev.molt.frontend.testing.CPython;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython's verdict on many sources at once, from one interpreter process per call: whether each
 * parses, and a digest of its {@code ast.dump(tree, include_attributes=True)} so that comparing a
 * whole corpus costs neither memory nor a process per file. Full dumps are fetched only for the
 * few files that differ.
 */
public final class CPythonAst {
    private CPythonAst() {}

    /**
     * Starts the answer for a source CPython's parser rejects; a tab and {@link #describe} of the
     * error follow.
     */
    public static final String REJECTED = "REJECTED";

    /** One line for an error, the same for CPython's and ours: {@code Type: msg @line:col-endLine:endCol}. */
    public static String describe(String type, String msg, int line, int col, int endLine, int endCol) {
        return type + ": " + msg.replace('\n', ' ') + " @" + line + ":" + col + "-" + endLine + ":" + endCol;
    }

    public static String describe(dev.molt.frontend.diag.Diagnostic d) {
        return describe(d.code(), d.message(), d.line(), d.col(), d.endLine(), d.endCol());
    }

    // one source per stdin line: "P" + a file path, or "H" + the bytes in hex (so NULs and bad UTF-8 pass)
    private static final String READ = String.join("\n",
            "import ast, hashlib, sys, warnings",
            "warnings.simplefilter('ignore')",
            "sys.stdout.reconfigure(errors='backslashreplace')",
            "def source(line):",
            "    line = line.rstrip('\\n')",
            "    if line[0] == 'P':",
            "        with open(line[1:], 'rb') as f:",
            "            return f.read()",
            "    return bytes.fromhex(line[1:])",
            "");

    private static final String DIGESTS = READ + String.join("\n",
            "out = sys.stdout",
            "for line in sys.stdin:",
            "    data = source(line)",
            "    try:",
            "        tree = compile(data, 'src.py', 'exec', flags=ast.PyCF_ONLY_AST)",
            "        d = ast.dump(tree, include_attributes=True)",
            "    except SyntaxError as e:",
            "        pos = [max(0, v or 0) for v in (e.lineno, e.offset, e.end_lineno, e.end_offset)]",
            "        out.write('" + REJECTED + "\\t%s: %s @%d:%d-%d:%d\\n' % ((type(e).__name__, e.msg.replace('\\n', ' ')) + tuple(pos)))",
            "        continue",
            "    except Exception as e:",
            "        out.write('ERROR ' + type(e).__name__ + '\\n')",
            "        continue",
            "    out.write(hashlib.sha256(d.encode('utf-16-le', 'surrogatepass')).hexdigest() + '\\n')");

    private static final String DUMPS = READ + String.join("\n",
            "for line in sys.stdin:",
            "    tree = compile(source(line), 'src.py', 'exec', flags=ast.PyCF_ONLY_AST)",
            "    d = ast.dump(tree, include_attributes=True)",
            "    sys.stdout.write(d.encode('utf-16-le', 'surrogatepass').hex() + '\\n')");

    /** A source handed to CPython: a file (read by CPython itself) or bytes. */
    public sealed interface Source permits File, Bytes {}

    public record File(Path path) implements Source {}

    public record Bytes(byte[] data) implements Source {}

    /** For each source: {@link #digest} of CPython's dump, {@link #REJECTED} + tab + error, or "ERROR ...". */
    public static List<String> digests(List<? extends Source> sources) {
        if (sources.isEmpty()) return List.of();
        String out = CPython.runScript(DIGESTS, List.of(), stdin(sources));
        return new ArrayList<>(List.of(out.split("\n", -1)).subList(0, sources.size()));
    }

    /** CPython's dumps of sources it accepts. */
    public static List<String> dumps(List<? extends Source> sources) {
        if (sources.isEmpty()) return List.of();
        String out = CPython.runScript(DUMPS, List.of(), stdin(sources));
        List<String> dumps = new ArrayList<>();
        for (String hex : out.split("\n")) {
            char[] cs = new char[hex.length() / 4];
            for (int i = 0; i < cs.length; i++) {
                int lo = Integer.parseInt(hex.substring(4 * i, 4 * i + 2), 16);
                int hi = Integer.parseInt(hex.substring(4 * i + 2, 4 * i + 4), 16);
                cs[i] = (char) (hi << 8 | lo);
            }
            dumps.add(new String(cs));
        }
        return dumps;
    }

    /** The digest CPythonAst computes for a dump: SHA-256 of its UTF-16LE code units (lone surrogates kept). */
    public static String digest(String dump) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[8192];
            int n = 0;
            for (int i = 0; i < dump.length(); i++) {
                char c = dump.charAt(i);
                buf[n++] = (byte) c;
                buf[n++] = (byte) (c >> 8);
                if (n == buf.length) {
                    md.update(buf, 0, n);
                    n = 0;
                }
            }
            md.update(buf, 0, n);
            StringBuilder sb = new StringBuilder();
            for (byte b : md.digest()) sb.append(String.format("%02x", b));
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Position and surroundings of the first difference, for failure reports. */
    public static String firstDifference(String want, String got) {
        int i = 0;
        while (i < want.length() && i < got.length() && want.charAt(i) == got.charAt(i)) i++;
        int from = Math.max(0, i - 40);
        return "at char " + i + "\n      want ..." + clip(want, from) + "\n      got  ..." + clip(got, from);
    }

    private static String clip(String s, int from) {
        return from >= s.length() ? "<end>" : s.substring(from, Math.min(s.length(), from + 200));
    }

    private static byte[] stdin(List<? extends Source> sources) {
        StringBuilder sb = new StringBuilder();
        for (Source s : sources) {
            if (s instanceof File f) {
                sb.append('P').append(f.path().toAbsolutePath());
            } else {
                sb.append('H');
                for (byte b : ((Bytes) s).data()) {
                    sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
                }
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
