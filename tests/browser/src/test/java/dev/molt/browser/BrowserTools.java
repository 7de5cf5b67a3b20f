package dev.molt.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The programs the browser tests need outside the JVM: Node (and npm, for playwright-core) and
 * Debian's Chromium. In CI a missing one fails the test, because CI installs them (.ci/run);
 * elsewhere the test is skipped and says so, since a developer may not have a browser.
 */
final class BrowserTools {
    static final Path WEB_UI = Path.of(System.getProperty("molt.web-ui.dir", "../../web-ui")).toAbsolutePath().normalize();
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MOLT_CHROMIUM", "/usr/bin/chromium"));

    private BrowserTools() {}

    /** Output and exit code of a finished command. */
    record Run(int exit, String output) {}

    static boolean inCi() {
        return "true".equals(System.getenv("CI"));
    }

    /** Fails in CI, skips elsewhere, when {@code program} cannot be run. */
    static void require(String program, boolean present, String install) {
        if (present) return;
        String message = program + " is not installed (" + install + ")";
        if (inCi()) fail(message + ": CI must run the browser tests");
        System.out.println("SKIPPED browser test: " + message + "; CI is not set, so this is a skip, not a failure");
        Assumptions.abort(message);
    }

    static void requireNode() {
        require("node", runs("node", "--version"), "apt-get install nodejs npm");
    }

    static void requireChromium() {
        require("chromium", Files.isExecutable(CHROMIUM), "apt-get install chromium");
        requireNode();
        require("npm", runs("npm", "--version"), "apt-get install npm");
    }

    /**
     * {@code npm ci} in web-ui/ unless node_modules already holds exactly the lockfile's packages
     * (a stamp with the lockfile's sha256 says so): a fresh clone installs, a rerun does not, and
     * a run never deletes node_modules under another one still using it.
     */
    static void installPlaywright() throws IOException {
        Path lock = WEB_UI.resolve("package-lock.json");
        Path stamp = WEB_UI.resolve("node_modules/.molt-installed-lock");
        String want = sha256(Files.readAllBytes(lock));
        if (Files.exists(stamp) && Files.readString(stamp).strip().equals(want)
                && Files.isDirectory(WEB_UI.resolve("node_modules/playwright-core"))) {
            return;
        }
        Run npm = run(WEB_UI, 300, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        if (npm.exit() != 0) fail("npm ci in web-ui failed (exit " + npm.exit() + "):\n" + npm.output());
        Files.writeString(stamp, want + "\n");
    }

    static boolean runs(String... command) {
        try {
            return run(Path.of("."), 30, command).exit() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Runs a command in {@code dir}, output and errors merged; fails the test on a timeout. */
    static Run run(Path dir, int timeoutSeconds, String... command) throws IOException {
        Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        List<byte[]> chunks = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (InputStream in = p.getInputStream()) {
                chunks.add(in.readAllBytes());
            } catch (IOException ignored) {
                // the process ended or was killed: keep what was read
            }
        });
        reader.start();
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                reader.join(5000);
                fail(String.join(" ", command) + " took more than " + timeoutSeconds + " s:\n" + text(chunks));
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return new Run(p.exitValue(), text(chunks));
    }

    private static String text(List<byte[]> chunks) {
        return chunks.isEmpty() ? "" : new String(chunks.get(0), StandardCharsets.UTF_8);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
