package dev.molt.frontend.parser;

import dev.molt.frontend.ast.AstDump;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.frontend.testing.CPython;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What CPython 3.12 says about sources, from one run of {@code parser/dump_ast.py}, in a
 * one-line form Molt's result is rendered to as well: {@code OK\t<ast.dump>} or
 * {@code ERR\t<class>\t<line>\t<offset>\t<end line>\t<end offset>\t<message>} (unknown = 0).
 */
final class ReferenceDumps {
    private ReferenceDumps() {}

    static Path script() {
        try {
            return Path.of(ReferenceDumps.class.getResource("/parser/dump_ast.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CPython's verdict for each file, by path. */
    static Map<Path, String> ofFiles(List<Path> files) {
        StringBuilder in = new StringBuilder();
        for (Path f : files) in.append(f).append('\n');
        Map<Path, String> out = new LinkedHashMap<>();
        for (String line : run(List.of(script().toString()), in.toString())) {
            int tab = line.indexOf('\t');
            out.put(Path.of(line.substring(0, tab)), normalize(line.substring(tab + 1)));
        }
        return out;
    }

    /** CPython's verdict for each snippet, in order. */
    static List<String> ofSnippets(List<String> snippets) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < snippets.size(); i++) {
            if (i > 0) json.append(',');
            jsonString(json, snippets.get(i));
        }
        json.append(']');
        List<String> out = new ArrayList<>();
        for (String line : run(List.of(script().toString(), "--snippets"), json.toString())) {
            out.add(normalize(line.substring(line.indexOf('\t') + 1)));
        }
        return out;
    }

    /** Molt's verdict in the same form. */
    static String molt(byte[] source, String filename) {
        ParseResult r = Parser.parse(source, filename);
        if (r.ok()) return "OK\t" + AstDump.dump(r.module());
        Diagnostic d = r.diagnostics().get(0);
        return "ERR\t" + d.code() + "\t" + d.line() + "\t" + d.col() + "\t" + d.endLine() + "\t" + d.endCol() + "\t"
                + d.message();
    }

    /** Snippets of a resource file, separated by lines reading {@code #---} (text before the first is a comment). */
    static List<String> snippets(String resource) {
        try {
            Path p = Path.of(ReferenceDumps.class.getResource(resource).toURI());
            String text = Files.readString(p, StandardCharsets.UTF_8);
            String[] parts = text.split("\n#---\n", -1);
            List<String> out = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) out.add(parts[i]);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CPython writes None or -1 where a position is unknown; a Diagnostic holds 0. */
    static String normalize(String verdict) {
        if (!verdict.startsWith("ERR\t")) return verdict;
        String[] f = verdict.split("\t", 7);
        for (int i = 2; i <= 5; i++) {
            if (f[i].equals("None") || f[i].equals("-1")) f[i] = "0";
        }
        return String.join("\t", f);
    }

    private static List<String> run(List<String> args, String stdin) {
        CPython.Result r = CPython.run(CPython.executable(), args, stdin.getBytes(StandardCharsets.UTF_8));
        if (r.exit() != 0) throw new IllegalStateException("dump_ast.py failed: " + r.stderr());
        List<String> lines = new ArrayList<>();
        for (String line : r.stdout().split("\n")) {
            if (!line.isEmpty()) lines.add(line);
        }
        return lines;
    }

    private static void jsonString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || Character.isSurrogate(c)) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        sb.append('"');
    }

    /** The first difference, with some context, for a failure message. */
    static String firstDifference(String want, String got) {
        int i = 0;
        while (i < want.length() && i < got.length() && want.charAt(i) == got.charAt(i)) i++;
        int from = Math.max(0, i - 120);
        return "\n    want …" + want.substring(from, Math.min(want.length(), i + 120))
                + "\n    got  …" + got.substring(from, Math.min(got.length(), i + 120));
    }
}
