package dev.molt.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;

/** The runtime sources packaged with molt-link are exactly runtime/ at the repository root. */
class BundledRuntimeTest {
    private static final Path RUNTIME = Path.of("../../runtime").toAbsolutePath().normalize();

    private static void assertSameFiles(RuntimeSources expected, RuntimeSources actual) throws Exception {
        assertEquals(expected.sources(), actual.sources());
        assertEquals(expected.headers(), actual.headers());
        for (String file : expected.sources()) {
            assertArrayEquals(Files.readAllBytes(expected.root().resolve(file)),
                    Files.readAllBytes(actual.root().resolve(file)), file);
        }
    }

    @Test
    void everyRuntimeFileIsPackaged() throws Exception {
        // Names only, and only one way: the runtime is edited concurrently while tests run, and the
        // class folder keeps files deleted since the last clean; neither says the packaging is wrong.
        RuntimeSources repo = RuntimeSources.fromDirectory(RUNTIME);
        RuntimeSources bundled = BundledRuntime.sources(Path.of("unused"));
        assertFalse(repo.sources().isEmpty());
        assertTrue(bundled.sources().containsAll(repo.sources()), "sources missing from the bundle");
        assertTrue(bundled.headers().containsAll(repo.headers()), "headers missing from the bundle");
    }

    @Test
    void jarCopyIsUnpackedOnceIntoTheCache() throws Exception {
        RuntimeSources minirt = TestPrograms.minirt();
        Path dir = TestCache.fresh("bundled");
        try {
            Path jar = dir.resolve("molt-link.jar");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                for (String file : concat(minirt)) {
                    out.putNextEntry(new JarEntry(BundledRuntime.FOLDER + "/" + file));
                    out.write(Files.readAllBytes(minirt.root().resolve(file)));
                    out.closeEntry();
                }
            }
            RuntimeSources first = BundledRuntime.fromJar(jar, dir.resolve("cache"));
            assertSameFiles(minirt, first);
            RuntimeSources second = BundledRuntime.fromJar(jar, dir.resolve("cache"));
            assertEquals(first.root(), second.root());
        } finally {
            TestCache.delete(dir);
        }
    }

    private static List<String> concat(RuntimeSources s) {
        List<String> all = new ArrayList<>(s.sources());
        all.addAll(s.headers());
        return all;
    }
}
