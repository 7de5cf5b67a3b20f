package dev.molt.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.molt.frontend.testing.CPython;
import dev.molt.service.launcher.EmbeddedStack;
import dev.molt.service.launcher.StackSettings;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The web UI end to end: the real stack (embedded Kafka and S3, the five services, api-svc
 * serving web-ui/), Debian's Chromium driven by web-ui/tests/browser/ui-check.mjs, and here the
 * comparisons with what the page cannot know: CPython 3.12's output for the program the page ran
 * as WebAssembly and for the syntax error, and the API's own sha256 for the downloaded file.
 * Screenshots go to target/screenshots/.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class WebUiBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORK = Path.of(System.getProperty("molt.browser.work", "target/browser")).toAbsolutePath();
    private static final Path SCREENSHOTS =
            Path.of(System.getProperty("molt.browser.screenshots", "target/screenshots")).toAbsolutePath();

    /** Turns api-svc's admin path on, so the test can issue itself a team token. */
    private static final String ADMIN_SECRET = "browser-test-admin-" + UUID.randomUUID();

    private static EmbeddedStack stack;
    private static String token;

    @BeforeAll
    static void start() throws Exception {
        stack = EmbeddedStack.start(StackSettings.ephemeral(Map.of("molt.access.admin-secret", ADMIN_SECRET)));
        token = issueToken();
    }

    @AfterAll
    static void stop() {
        if (stack != null) stack.close();
    }

    /**
     * The program run as WebAssembly: a class with __repr__, big ints, a dict, a sort with a key,
     * UTF-8 output and an uncaught error (stderr and exit code 1). One module: the pipeline's
     * stages do not resolve a zip's other modules yet (an import of one fails in lower).
     */
    private static final String MAIN = """
            class Rect:
                def __init__(self, w, h):
                    self.w = w
                    self.h = h

                def area(self):
                    return self.w * self.h

                def __repr__(self):
                    return f"Rect({self.w}, {self.h})"

            def fib(n):
                a, b = 0, 1
                for _ in range(n):
                    a, b = b, a + b
                return a

            rects = [Rect(w, w + 1) for w in range(1, 6)]
            print("areas:", [r.area() for r in rects], "total", sum(r.area() for r in rects))
            print(f"fib(90) = {fib(90)}, 2**100 = {2 ** 100}")
            print("h\u00e9llo, w\u00f6rld \u2713", len("h\u00e9llo"))
            counts = {}
            for w in "the quick brown fox jumps over the lazy dog the end".split():
                counts[w] = counts.get(w, 0) + 1
            print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
            raise ValueError("bad input: " + repr(rects[0]))
            """;
    /** CPython marks a span here, not one column: the page must place several carets. */
    private static final String SYNTAX_ERROR = "def main():\n    return f(a for a in b, c)\n";

    @Test
    void pageFilesAreServedWithTheirTypesAndRevalidatedByContent() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String[] file : new String[][] {{"/", "text/html"}, {"/src/views/build.js", "text/javascript"},
                {"/style.css", "text/css"}}) {
            HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(URI.create(stack.apiUrl() + file[0])).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, first.statusCode(), file[0]);
            assertTrue(first.headers().firstValue("Content-Type").orElse("").startsWith(file[1]), file[0] + " " + first.headers());
            assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElse(""), file[0]);
            // no Last-Modified: a reproducible jar dates every file alike, so only content can tell
            assertTrue(first.headers().firstValue("Last-Modified").isEmpty(), file[0] + " " + first.headers());
            String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(file[0] + " has no ETag"));
            HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(stack.apiUrl() + file[0]))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, again.statusCode(), file[0]);
            HttpResponse<byte[]> changed = http.send(HttpRequest.newBuilder(URI.create(stack.apiUrl() + file[0]))
                    .header("If-None-Match", "\"0123456789abcdef\"").build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, changed.statusCode(), file[0]);
            assertArrayEquals(first.body(), changed.body(), file[0]);
        }
        // the page's own file is what web-ui/ holds: the build copies it unchanged
        HttpResponse<byte[]> page = http.send(HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/src/app.js")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(Files.readAllBytes(BrowserTools.WEB_UI.resolve("src/app.js")), page.body());
    }

    @Test
    void pageBuildsDownloadsRunsAndShowsDiagnostics() throws Exception {
        BrowserTools.requireChromium();
        BrowserTools.installPlaywright();
        Path dir = Files.createDirectories(WORK.resolve("input"));
        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.list(SCREENSHOTS)) { // a failure.png of an earlier run must not linger
            for (Path png : old.filter(p -> p.toString().endsWith(".png")).toList()) Files.delete(png);
        }
        // fresh programs (a comment would not do: the stages after parse would find their input
        // cached), so every stage does real work and the page sees it progress
        String tag = "build_tag = '" + UUID.randomUUID() + "'\n";
        Path hello = write(dir.resolve("hello.py"), tag + "print('hello from', 'molt', 6 * 7)\n");
        Path program = Files.createDirectories(dir.resolve("program"));
        write(program.resolve("main.py"), tag + MAIN);
        write(program.resolve("README.txt"), "not a source: the upload skips it\n");
        Path zip = zip(dir.resolve("program.zip"), program, "main.py", "README.txt");
        Path bad = write(dir.resolve("bad.py"), SYNTAX_ERROR);

        ObjectNode spec = JSON.createObjectNode();
        spec.put("url", stack.apiUrl() + "/");
        spec.put("chromium", BrowserTools.CHROMIUM.toString());
        spec.put("screenshots", SCREENSHOTS.toString());
        spec.put("work", WORK.toString());
        Path resultFile = WORK.resolve("result.json");
        Files.deleteIfExists(resultFile);
        spec.put("result", resultFile.toString());
        spec.put("token", token);
        spec.putObject("native").put("file", hello.toString());
        spec.putObject("wasm").put("file", zip.toString()).put("entry", "main.py");
        spec.putObject("syntaxError").put("file", bad.toString());
        Path specFile = WORK.resolve("spec.json");
        JSON.writerWithDefaultPrettyPrinter().writeValue(specFile.toFile(), spec);

        BrowserTools.Run check = BrowserTools.run(BrowserTools.WEB_UI, 600, "node", "tests/browser/ui-check.mjs",
                specFile.toString());
        System.out.println(check.output());
        assertTrue(Files.exists(resultFile), "ui-check wrote no result:\n" + check.output());
        JsonNode result = JSON.readTree(resultFile.toFile());
        assertEquals(0, check.exit(), "ui-check failed: " + result.path("failure").asText() + "\n" + check.output());
        // a fresh browser has no token: the page asked for one in its dialog before anything else
        assertTrue(result.path("askedForToken").asBoolean(), result.toString());

        // the page and its modules are served with types a browser runs
        assertTrue(result.at("/contentTypes/~1").asText().startsWith("text/html"), result.path("contentTypes").toString());
        assertTrue(result.at("/contentTypes/src~1app.js").asText().matches("(text|application)/javascript.*"),
                result.path("contentTypes").toString());
        assertTrue(result.at("/contentTypes/style.css").asText().startsWith("text/css"), result.path("contentTypes").toString());

        // the file the browser saved is the API's artifact, byte for byte
        JsonNode nativeBuild = api("/api/v1/builds/" + result.at("/native/id").asText());
        JsonNode downloaded = result.at("/native/downloaded");
        byte[] saved = Files.readAllBytes(Path.of(downloaded.path("path").asText()));
        assertEquals(nativeBuild.at("/artifact/sha256").asText(), BrowserTools.sha256(saved));
        assertEquals(nativeBuild.at("/artifact/size").asLong(), saved.length);
        assertEquals(nativeBuild.at("/artifact/filename").asText(), downloaded.path("filename").asText());
        assertEquals(nativeBuild.at("/artifact/sha256").asText(), result.at("/native/shown/sha256").asText());

        // the WebAssembly build, run by the page's WASI shim, behaves like CPython 3.12
        CPython.Result want = CPython.run(CPython.executable(), List.of(program.resolve("main.py").toString()), null);
        JsonNode run = result.at("/wasm/run");
        assertEquals(want.stdout(), run.path("stdout").asText());
        assertEquals(want.exit(), run.path("exitCode").asInt(), run.toString());
        assertEquals(lastLine(want.stderr()), lastLine(run.path("stderr").asText()));
        assertTrue(run.path("stdout").asText().contains("h\u00e9llo, w\u00f6rld \u2713"), run.toString());
        JsonNode wasmBuild = api("/api/v1/builds/" + result.at("/wasm/id").asText());
        assertEquals("main.py", wasmBuild.path("entry").asText());
        assertEquals("wasm", wasmBuild.path("target").asText());
        assertEquals("O0", wasmBuild.path("opt").asText());

        // the syntax error reads as python3.12 prints it: location, source line, carets, message
        Path cpythonBad = write(Files.createDirectories(WORK.resolve("cpython")).resolve("bad.py"), SYNTAX_ERROR);
        CPython.Result error = CPython.run(CPython.executable(), List.of(cpythonBad.toString()), null);
        assertEquals(error.stderr().replace(cpythonBad.toString(), "bad.py").stripTrailing(),
                result.at("/syntaxError/diagnostic").asText().stripTrailing());
        assertEquals("FAILED", result.at("/syntaxError/stages/PARSE").asText());

        // the recent builds list shows all three with their outcome
        List<String> recent = new ArrayList<>();
        result.path("recent").forEach(r -> recent.add(r.path("id").asText() + " " + r.path("status").asText()));
        assertTrue(recent.contains(result.at("/native/id").asText() + " SUCCEEDED"), recent.toString());
        assertTrue(recent.contains(result.at("/wasm/id").asText() + " SUCCEEDED"), recent.toString());
        assertTrue(recent.contains(result.at("/syntaxError/id").asText() + " FAILED"), recent.toString());

        // screenshots: real PNGs, the narrow ones 375 px wide
        for (String name : List.of("native-build.png", "wasm-run.png", "syntax-error.png")) {
            assertTrue(pngWidth(SCREENSHOTS.resolve(name)) >= 1280, name);
        }
        for (String name : List.of("narrow-home.png", "narrow-wasm-run.png", "narrow-syntax-error.png")) {
            assertEquals(375, pngWidth(SCREENSHOTS.resolve(name)), name);
        }
        assertEquals(0, result.path("pageErrors").size(), result.path("pageErrors").toString());
        System.out.println("browser test: screenshots in " + SCREENSHOTS);
    }

    private static JsonNode api(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.apiUrl() + path))
                .header("Authorization", "Bearer " + token).build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), path + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** A token of team "browser-tests", from the admin path (docs/decisions/0061). */
    private static String issueToken() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/api/v1/admin/tokens"))
                .header("Authorization", "Bearer " + ADMIN_SECRET).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"team\": \"browser-tests\", \"label\": \"web UI test\"}"))
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(201, r.statusCode(), "token: " + r.body());
        return JSON.readTree(r.body()).path("token").asText();
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Path zip(Path file, Path dir, String... names) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(Files.readAllBytes(dir.resolve(name)));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String lastLine(String text) {
        String[] lines = text.stripTrailing().split("\n");
        return lines[lines.length - 1];
    }

    /** The width field of a PNG's IHDR chunk (bytes 16..19), after checking the signature. */
    private static int pngWidth(Path png) throws IOException {
        byte[] head = new byte[24];
        try (var in = Files.newInputStream(png)) {
            assertEquals(24, in.readNBytes(head, 0, 24), png.toString());
        }
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                java.util.Arrays.copyOf(head, 8), png + " is not a PNG");
        return ((head[16] & 0xff) << 24) | ((head[17] & 0xff) << 16) | ((head[18] & 0xff) << 8) | (head[19] & 0xff);
    }
}
