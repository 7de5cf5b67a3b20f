package dev.molt.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import dev.molt.link.LinkOptions;
import dev.molt.link.ToolchainException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Programs of several modules (decision 0039): which files are found, what is rejected, reproducibility. */
class ProgramBuildTest {
    private static final Driver DRIVER = new Driver(() -> {
        throw new ToolchainException("no toolchain in this test");
    }, null, LinkOptions.defaults());

    private static final BuildOptions LOWER = BuildOptions.of(Target.NATIVE, OptLevel.O2).withStopAfter(Stage.LOWER).withEmitIr(true);

    /** path, source, path, source, ... in the order given (a LinkedHashMap: the set's own order). */
    private static Map<String, byte[]> files(String... pathsAndSources) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndSources.length; i += 2) {
            m.put(pathsAndSources[i], pathsAndSources[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return m;
    }

    private static final String[] APP = {
        "app/main.py", "import util\nfrom pkg import sub\nimport pkg.inner.deep as d\nprint(util.f(), sub.g, d.h)\n",
        "app/util.py", "def f():\n    return 1\n",
        "app/pkg/__init__.py", "from .sub import g\n",
        "app/pkg/sub.py", "g = 2\n",
        "app/pkg/inner/__init__.py", "",
        "app/pkg/inner/deep.py", "from ..sub import g as h\n",
        "app/pkg/unused.py", "this is not python",
        "app/sys.py", "this is not python either: sys is built in",
        "util.py", "a file outside the entry's folder",
    };

    private static List<String> moduleFiles(Map<String, byte[]> files, String entry) throws IOException {
        ProgramLoader loaded = ProgramLoader.load(SourceSet.of(files), entry);
        assertTrue(loaded.ok(), loaded.diagnostics.toString());
        return loaded.modules().stream().map(m -> m.name() + "=" + m.file() + (m.isPackage() ? " (package)" : ""))
                .collect(Collectors.toList());
    }

    @Test
    void importsAreFollowedFromTheEntrysFolder() throws IOException {
        assertEquals(List.of(
                "__main__=app/main.py",
                "pkg=app/pkg/__init__.py (package)",
                "pkg.inner=app/pkg/inner/__init__.py (package)",
                "pkg.inner.deep=app/pkg/inner/deep.py",
                "pkg.sub=app/pkg/sub.py",
                "util=app/util.py"), moduleFiles(files(APP), "app/main.py"));
    }

    @Test
    void aPackageComesBeforeAModuleOfTheSameNameAndSysIsNeverLocal() throws IOException {
        assertEquals(List.of("__main__=main.py", "math=math.py", "twin=twin/__init__.py (package)"), moduleFiles(files(
                "main.py", "import twin, math, sys\n",
                "twin.py", "x = 1\n",
                "twin/__init__.py", "x = 2\n",
                "math.py", "pi = 3\n",
                "sys.py", "argv = []\n"), "main.py"));
    }

    @Test
    void everyModuleIsLoweredWithItsOwnNameAndFile() {
        BuildResult r = DRIVER.build(SourceSet.of(files(APP)), "app/main.py", LOWER);
        assertTrue(r.ok(), r.diagnostics().toString());
        assertEquals(Stage.LOWER, r.lastStage());
        for (String header : List.of("__main__", "pkg", "pkg.inner", "pkg.inner.deep", "pkg.sub", "util")) {
            assertTrue(r.irText().contains(header), header + " in\n" + r.irText());
        }
        assertTrue(r.irText().contains("app/pkg/inner/deep.py"), r.irText());
    }

    @Test
    void aModuleFoundNowhereIsUnsupportedAtTheImportingLine() {
        BuildResult r = DRIVER.build(SourceSet.of(files(
                "main.py", "import helper\n",
                "helper.py", "x = 1\nimport helpers_typo\n")), "main.py", LOWER);
        assertFalse(r.ok());
        assertEquals("molt: unsupported: import of module 'helpers_typo' (not built in; Molt has math and sys) at helper.py:2\n",
                Diagnostics.render(r.diagnostics().get(0)));
    }

    @Test
    void aSyntaxErrorInAnImportedModuleIsReportedInItsFile() {
        BuildResult r = DRIVER.build(SourceSet.of(files(
                "main.py", "import broken\n",
                "broken.py", "def f(:\n")), "main.py", LOWER);
        assertFalse(r.ok());
        assertEquals(null, r.lastStage());
        assertTrue(Diagnostics.render(r.diagnostics().get(0)).contains("File \"broken.py\", line 1"), r.diagnostics().toString());
    }

    @Test
    void aMissingEntryIsAnInputDiagnostic() {
        BuildResult r = DRIVER.build(SourceSet.of(files("main.py", "x = 1\n")), "other.py", LOWER);
        assertFalse(r.ok());
        assertEquals("molt: cannot read 'other.py': no such file\n", Diagnostics.render(r.diagnostics().get(0)));
    }

    @Test
    void theSameSourcesGiveTheSameObjectWhateverTheirOrder() {
        BuildOptions codegen = BuildOptions.of(Target.NATIVE, OptLevel.O2).withStopAfter(Stage.CODEGEN);
        String[] reversed = new String[APP.length];
        for (int i = 0; i < APP.length; i += 2) {
            reversed[APP.length - 2 - i] = APP[i];
            reversed[APP.length - 1 - i] = APP[i + 1];
        }
        BuildResult a = DRIVER.build(SourceSet.of(files(APP)), "app/main.py", codegen);
        BuildResult b = DRIVER.build(SourceSet.of(files(reversed)), "app/main.py", codegen);
        assertTrue(a.ok(), a.diagnostics().toString());
        assertEquals(Stage.CODEGEN, a.lastStage());
        assertArrayEquals(a.object().bytes(), b.object().bytes());
    }

    @Test
    void aZipsEntriesAreASourceSet() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < APP.length; i += 2) {
                zip.putNextEntry(new ZipEntry(APP[i]));
                zip.write(APP[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        BuildResult r = DRIVER.build(SourceSet.zip(bytes.toByteArray()), "app/main.py", LOWER);
        assertTrue(r.ok(), r.diagnostics().toString());
        assertTrue(r.irText().contains("app/pkg/inner/deep.py"), r.irText());
    }
}
