package dev.molt.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;
import dev.molt.ir.IrModule;
import dev.molt.lowering.LowerOptions;
import dev.molt.lowering.LowerResult;
import dev.molt.lowering.Lowerer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A program of several modules (decision 0039) is one LLVM module: each module's init plus the table and main. */
class ProgramCodegenTest {
    private static final Set<String> NAMES = Set.of("__main__", "util");

    private static IrModule lower(String name, String file, String source) {
        ParseResult parsed = Parser.parse(source.getBytes(StandardCharsets.UTF_8), file);
        assertTrue(parsed.ok(), () -> "parse errors: " + parsed.diagnostics());
        LowerResult lowered = Lowerer.lower(parsed.module(), new LowerOptions(name, file, source, false, NAMES));
        assertTrue(lowered.ok(), () -> "lowering errors: " + lowered.diagnostics());
        return lowered.module();
    }

    private static final IrModule MAIN = lower("__main__", "main.py", "import util\nprint(util.f(2), 'main')\n");
    private static final IrModule UTIL = lower("util", "util.py", "def f(x):\n    return x * 3.5\nprint('util')\n");

    @Test
    void modulesAreLinkedWithTheirTableAndMain() throws CodegenException {
        String text = Codegen.emitLlvm(List.of(MAIN, UTIL), Target.NATIVE, OptLevel.O0);
        assertTrue(text.contains("define i64 @\"molt.init:__main__\"(i64 %globals)"), text);
        assertTrue(text.contains("define i64 @\"molt.init:util\"(i64 %globals)"), text);
        assertTrue(text.contains("call i32 @molt_program_main(i32 %argc, ptr %argv, ptr @molt.program)"), text);
        // Each module kept its own globals and frames' file name: the linker renamed the clashing privates.
        assertTrue(text.contains("@molt.globals ="), text);
        assertTrue(text.contains("@molt.globals.1 ="), text);
        assertTrue(text.contains("c\"util.py\\00\""), text);
        assertTrue(text.contains("c\"main.py\\00\""), text);
    }

    @Test
    void theOrderModulesComeInDoesNotChangeTheObject() throws CodegenException {
        for (Target t : Target.values()) {
            assertArrayEquals(Codegen.generate(List.of(MAIN, UTIL), t, OptLevel.O2).bytes(),
                    Codegen.generate(List.of(UTIL, MAIN), t, OptLevel.O2).bytes(), t.id());
        }
    }

    @Test
    void aProgramNeedsExactlyOneMainModule() {
        CodegenException none = assertThrows(CodegenException.class, () -> Codegen.generate(List.of(UTIL), Target.NATIVE, OptLevel.O0));
        assertTrue(none.getMessage().contains("no __main__ module"), none.getMessage());
        CodegenException twice = assertThrows(CodegenException.class,
                () -> Codegen.generate(List.of(MAIN, UTIL, UTIL), Target.NATIVE, OptLevel.O0));
        assertTrue(twice.getMessage().contains("two modules named util"), twice.getMessage());
        assertEquals(CodegenException.Kind.TRANSLATE, twice.kind());
    }
}
