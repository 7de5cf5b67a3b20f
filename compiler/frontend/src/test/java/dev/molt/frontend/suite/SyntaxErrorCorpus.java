package dev.molt.frontend.suite;

import dev.molt.frontend.diag.Diagnostic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The invalid programs under test resources syntax-errors/ and what CPython 3.12 said about them. */
public final class SyntaxErrorCorpus {
    private SyntaxErrorCorpus() {}

    /**
     * One SyntaxError as CPython reported it. Positions are normalized to Diagnostic's convention:
     * null and CPython's -1 become 0 (unknown); text loses its final line break.
     */
    public record Error(String type, String msg, int line, int offset, int endLine, int endOffset,
                        String text, boolean located) {
        static Error of(Map<String, Object> o, boolean located) {
            String text = (String) o.get("text");
            if (text != null && text.endsWith("\n")) text = text.substring(0, text.length() - 1);
            return new Error((String) o.get("type"), (String) o.get("msg"), known(o, "lineno"), known(o, "offset"),
                    known(o, "end_lineno"), known(o, "end_offset"), text, located);
        }

        private static int known(Map<String, Object> o, String key) {
            return Math.max(0, Json.integer(o, key, 0));
        }

        /** The diagnostic a parser reporting exactly this error for {@code file} produces. */
        public Diagnostic toDiagnostic(String file) {
            return Diagnostic.error(type, msg, file, located ? line : 0, offset, endLine, endOffset, text);
        }
    }

    /**
     * @param compile     what compile(bytes, name, 'exec', PyCF_ONLY_AST) raised: the parse stage's verdict
     * @param run         what running the file raised (another tokenizer path; see generate.py)
     * @param stderr      the last lines the file run printed
     * @param sameAsRun   whether both raised the same error at the same positions, so a parser matching
     *                    {@code compile} must also render exactly {@code stderr}
     */
    public record Case(String file, byte[] source, Error compile, Error run, List<String> stderr, boolean sameAsRun) {}

    public static Path folder() {
        URL url = SyntaxErrorCorpus.class.getResource("/syntax-errors/expected.json");
        if (url == null) throw new IllegalStateException("syntax-errors/expected.json is not on the test classpath");
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<Case> load() {
        try {
            Path dir = folder();
            Map<String, Object> root = Json.object(Json.parse(Files.readString(dir.resolve("expected.json"), StandardCharsets.UTF_8)));
            List<Case> cases = new ArrayList<>();
            for (Object item : Json.array(root.get("cases"))) {
                Map<String, Object> c = Json.object(item);
                String file = (String) c.get("file");
                Map<String, Object> run = Json.object(c.get("run"));
                List<String> stderr = new ArrayList<>();
                for (Object l : Json.array(c.get("stderr"))) stderr.add((String) l);
                cases.add(new Case(file, Files.readAllBytes(dir.resolve("cases").resolve(file)),
                        Error.of(Json.object(c.get("compile")), true),
                        Error.of(run, Boolean.TRUE.equals(run.get("located"))),
                        stderr, Boolean.TRUE.equals(c.get("same"))));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
