package dev.molt.link;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Private Molt cache folders for tests, under the build output folder. Not JUnit's @TempDir:
 * the WASI sysroot is symlinks to /usr, and JUnit warns about each one it deletes.
 */
final class TestCache {
    private static Path shared;

    private TestCache() {}

    /** One cache for every test class of this JVM, so the runtime is built once per target; removed at exit. */
    static synchronized Path shared() throws IOException {
        if (shared == null) {
            Path dir = fresh("shared");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            shared = dir;
        }
        return shared;
    }

    static Path fresh(String name) throws IOException {
        Path parent;
        try {
            Path classes = Path.of(TestCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            parent = classes.getParent().resolve("molt-test-cache");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(parent);
        return Files.createTempDirectory(parent, name + "-");
    }

    /** Removes a cache folder; symlinks are removed, never followed. */
    static void delete(Path dir) {
        RuntimeBuilder.deleteTree(dir);
    }
}
