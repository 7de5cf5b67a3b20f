package dev.molt.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;
import dev.molt.ir.IrModule;
import dev.molt.lowering.LowerOptions;
import dev.molt.lowering.LowerResult;
import dev.molt.lowering.Lowerer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Molt IR of real programs (the lowering's golden sources) translates, verifies and emits for both targets. */
class CodegenTest {
    static final Path GOLDEN = Path.of("../lowering/src/test/resources/golden");

    static IrModule lower(String file, String source) {
        ParseResult parsed = Parser.parse(source.getBytes(StandardCharsets.UTF_8), file);
        assertTrue(parsed.ok(), () -> "parse errors: " + parsed.diagnostics());
        LowerResult lowered = Lowerer.lower(parsed.module(), LowerOptions.main(file, source));
        assertTrue(lowered.ok(), () -> "lowering errors: " + lowered.diagnostics());
        return lowered.module();
    }

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".py")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("programs")
    void goldenProgramsCompileForBothTargets(String name) throws Exception {
        String source = Files.readString(GOLDEN.resolve(name));
        IrModule ir = lower(name, source);
        for (Target target : Target.values()) {
            ObjectCode first;
            try {
                first = Codegen.generate(ir, target, OptLevel.O2);
            } catch (CodegenException e) {
                Files.writeString(Path.of("/tmp/codegen-failed.ll"), Codegen.assembly(ir, target));
                throw e;
            }
            assertTrue(first.size() > 0);
            // Determinism: a second translation gives the same bytes.
            assertArrayEquals(first.bytes(), Codegen.generate(ir, target, OptLevel.O2).bytes());
        }
    }

    @org.junit.jupiter.api.Test
    void everyIrOpAndTerminatorIsTranslated() {
        java.util.Set<Class<?>> all = new java.util.HashSet<>();
        all.addAll(java.util.List.of(dev.molt.ir.Op.class.getPermittedSubclasses()));
        all.addAll(java.util.List.of(dev.molt.ir.Terminator.class.getPermittedSubclasses()));
        assertEquals(all, new java.util.HashSet<>(FunctionEmitter.TRANSLATED));
    }
}
