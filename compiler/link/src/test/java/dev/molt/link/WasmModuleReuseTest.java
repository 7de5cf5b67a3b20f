package dev.molt.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.molt.codegen.CodeGenerator;
import dev.molt.codegen.LlvmModule;
import dev.molt.codegen.OptLevel;
import dev.molt.codegen.Target;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Running the same module again reuses its parsed and compiled form, never its memory. */
class WasmModuleReuseTest {
    private static byte[] counter;

    /** main increments a global in linear memory and exits with its new value. */
    @BeforeAll
    static void link() throws Exception {
        Target target = Target.WASM;
        String ir = "@counter = global i32 0\n"
                + "define i32 @" + target.mainSymbol() + "(i32 %0, ptr %1) {\n"
                + "  %c = load volatile i32, ptr @counter\n  %n = add i32 %c, 1\n"
                + "  store volatile i32 %n, ptr @counter\n  ret i32 %n\n}\n";
        Toolchain toolchain = Toolchain.bundled(TestCache.shared());
        try (LlvmModule m = LlvmModule.parse(ir, "counter.ll", target)) {
            RuntimeLibrary runtime = new RuntimeBuilder(toolchain).build(TestPrograms.minirt(), target);
            counter = new Linker(toolchain).link(List.of(CodeGenerator.compile(m, OptLevel.O2)), runtime,
                    LinkOptions.defaults()).bytes();
        }
    }

    private static WasmRunner.Result run(boolean compile) {
        WasmRunner.Options options = new WasmRunner.Options(64L << 20, null, compile);
        return new WasmRunner(options).run(counter, "counter", List.of(), new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), new ByteArrayOutputStream());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyRunStartsFromTheModulesOwnMemory(boolean compile) {
        for (int i = 0; i < 3; i++) {
            WasmRunner.Result r = run(compile);
            assertNull(r.trap());
            assertEquals(1, r.exitCode(), "run " + i + " saw a counter left by an earlier run");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void sameBytesArePreparedOnce(boolean compile) {
        WasmRunner.Prepared first = WasmRunner.PREPARED.get(counter.clone(), compile);
        assertSame(first, WasmRunner.PREPARED.get(counter.clone(), compile));
        assertNotSame(first, WasmRunner.PREPARED.get(counter, !compile));
        assertEquals(compile, first.machines() != null);
    }

    @Test
    void onlyTheMostRecentModulesAreKept() {
        WasmRunner.PreparedModules modules = new WasmRunner.PreparedModules(1);
        WasmRunner.Prepared compiled = modules.get(counter, true);
        modules.get(counter, false);
        assertEquals(1, modules.size());
        assertNotSame(compiled, modules.get(counter, true), "the compiled entry was evicted and prepared again");
    }
}
