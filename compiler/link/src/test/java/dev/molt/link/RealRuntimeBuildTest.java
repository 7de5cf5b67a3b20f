package dev.molt.link;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.molt.codegen.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The project's C runtime (runtime/ at the repository root) builds for every target. */
class RealRuntimeBuildTest {
    private static final Path RUNTIME = Path.of("../../runtime").toAbsolutePath().normalize();
    static Path cache;
    static Toolchain toolchain;

    @BeforeAll
    static void setUp() throws Exception {
        cache = TestCache.shared();
        toolchain = Toolchain.bundled(cache);
    }


    @ParameterizedTest
    @EnumSource(Target.class)
    void runtimeArchiveBuilds(Target target) throws Exception {
        assumeTrue(Files.isDirectory(RUNTIME.resolve("src")), "runtime sources not found at " + RUNTIME);
        RuntimeSources sources = RuntimeSources.fromDirectory(RUNTIME);
        RuntimeLibrary library = new RuntimeBuilder(toolchain).build(sources, target);
        assertTrue(Files.size(library.archive()) > 1000, library.archive().toString());
    }
}
