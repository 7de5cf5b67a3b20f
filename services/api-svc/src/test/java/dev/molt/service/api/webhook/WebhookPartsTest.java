package dev.molt.service.api.webhook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.service.api.build.ApiProblem;
import dev.molt.service.v1.Build;
import dev.molt.service.v1.BuildStatus;
import dev.molt.service.v1.Diagnostic;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The pure parts of the webhooks: signatures, molt.toml, repository URLs, the upload, statuses. */
class WebhookPartsTest {
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void signatureIsGitHubsHmacSha256OfTheRawBody() {
    // the value Python's hmac.new(secret, body, hashlib.sha256).hexdigest() gives for these inputs
    String expected = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";
    String secret = "It's a Secret to Everybody";
    assertEquals(expected, Signature.sign(utf8("Hello, World!"), secret));
    assertTrue(Signature.matches(utf8("Hello, World!"), expected, secret));
    assertTrue(Signature.matches(utf8("Hello, World!"), expected.toUpperCase().replace("SHA256", "sha256"), secret));
    assertFalse(Signature.matches(utf8("Hello, World?"), expected, secret), "another body");
    assertFalse(Signature.matches(utf8("Hello, World!"), expected, "another secret"));
    assertFalse(Signature.matches(utf8("Hello, World!"), expected.substring(7), secret), "no sha256= prefix");
    assertFalse(Signature.matches(utf8("Hello, World!"), null, secret), "no header");
    assertFalse(Signature.matches(utf8("Hello, World!"), expected, ""), "no secret");
  }

  @Test
  void moltTomlReadsEntriesTargetsAndOpt() {
    MoltToml t = MoltToml.parse(utf8("entries = [\"app.py\", \"tools/cli.py\", \"app.py\"]\n"
        + "targets = [\"native\", \"wasm\"]\nopt = \"O3\"\n"));
    assertEquals(List.of("app.py", "tools/cli.py"), t.entries(), "duplicates dropped, order kept");
    assertEquals(List.of("native", "wasm"), t.targets());
    assertEquals("O3", t.opt());
    MoltToml defaults = MoltToml.parse(utf8("entries = [\"main.py\"]\n"));
    assertEquals(List.of("native"), defaults.targets());
    assertEquals("O2", defaults.opt());
  }

  @Test
  void moltTomlMistakesAreNamed() {
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("entries = [", "is not valid TOML");
    cases.put("targets = [\"native\"]\n", "needs entries");
    cases.put("entries = \"app.py\"\n", "entries that is not a list");
    cases.put("entries = [\"app.txt\"]\n", "not a .py file");
    cases.put("entries = [\"a.py\"]\ntargets = [\"arm\"]\n", "target must be 'native' or 'wasm'");
    cases.put("entries = [\"a.py\"]\nopt = \"O9\"\n", "opt must be");
    cases.put("entries = [\"a.py\"]\nentry = \"b.py\"\n", "unknown key 'entry'");
    cases.forEach((text, expected) -> {
      ApiProblem p = assertThrows(ApiProblem.class, () -> MoltToml.parse(utf8(text)), text);
      assertTrue(p.getMessage().contains(expected), text + " -> " + p.getMessage());
    });
  }

  @Test
  void repositoryUrlsCompareByHostAndPath() {
    assertEquals("github.com/acme/app", Projects.normalize("https://GitHub.com/acme/app.git"));
    assertEquals("github.com/acme/app", Projects.normalize("https://github.com/acme/app/"));
    assertEquals("github.com/acme/app", Projects.normalize("http://user:pw@github.com:443/acme/app"));
    assertEquals("127.0.0.1:8123/app", Projects.normalize("http://127.0.0.1:8123/app.git"));
    assertEquals("", Projects.normalize("not a url"));
    for (String bad : List.of("file:///etc/passwd", "ssh://git@github.com/a/b", "git@github.com:a/b.git",
        "https://user:secret@github.com/a/b")) {
      assertThrows(ApiProblem.class, () -> Projects.httpUrl("repo_url", bad), bad);
    }
    assertEquals("app", WebhookBuilds.repositoryName("https://github.com/acme/app.git"));
    assertEquals("acme/app", WebhookController.ownerRepo("", "https://github.com/acme/app.git"));
  }

  @Test
  void theUploadHoldsThePythonFilesInPathOrderAndIsTheSameEveryTime() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("pkg/b.py", utf8("B = 2\n"));
    files.put("molt.toml", utf8("entries = [\"app.py\"]\n"));
    files.put("app.py", utf8("print(1)\n"));
    byte[] zip = SourceZip.of(files);
    Thread.sleep(1100);  // a zip carrying the current time would differ now
    assertArrayEquals(zip, SourceZip.of(new LinkedHashMap<>(files)));
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
      }
    }
    assertEquals(List.of("app.py", "pkg/b.py"), names);
  }

  @Test
  void statusDescriptionsAreShortAndSayWhatHappened() {
    Build ok = Build.newBuilder().setStatus(BuildStatus.SUCCEEDED).setCreatedMs(1_000).setFinishedMs(4_250).build();
    assertEquals("success", CommitStatuses.state(ok));
    assertEquals("build succeeded in 3.3 s", CommitStatuses.description(ok));
    Diagnostic syntax = Diagnostic.newBuilder().setKind("SyntaxError").setMessage("'(' was never closed")
        .setFilename("app.py").setLine(1).build();
    Build bad = Build.newBuilder().setStatus(BuildStatus.FAILED).addDiagnostics(syntax).build();
    assertEquals("failure", CommitStatuses.state(bad));
    assertEquals("app.py:1: SyntaxError: '(' was never closed", CommitStatuses.description(bad));
    Diagnostic unsupported = Diagnostic.newBuilder().setKind("unsupported").setMessage("unsupported: eval")
        .setFilename("x.py").setLine(2).build();
    assertEquals("x.py:2: unsupported: eval", CommitStatuses.summary(unsupported));
    Build timedOut = Build.newBuilder().setStatus(BuildStatus.FAILED).setReason("timed out after 10m").build();
    assertEquals("error", CommitStatuses.state(timedOut));
    assertEquals("build failed: timed out after 10m", CommitStatuses.description(timedOut));
    Build cancelled = Build.newBuilder().setStatus(BuildStatus.CANCELLED).setReason("x".repeat(300)).build();
    assertEquals("error", CommitStatuses.state(cancelled));
    assertEquals(CommitStatuses.MAX_DESCRIPTION, CommitStatuses.description(cancelled).length());
  }
}
