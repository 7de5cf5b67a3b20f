package dev.molt.frontend.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The parser returns, whatever it is given: no exception, no stack overflow, bounded time. */
class ParserRobustnessTest {

    private static ParseResult parse(String src) {
        return Parser.parse(src.getBytes(StandardCharsets.UTF_8), "<test>");
    }

    @Test
    void deepUnaryNestingIsCPythonsParserOverflow() {
        // CPython 3.12: MemoryError "Parser stack overflowed - Python source too complex to parse"
        ParseResult r = parse("-".repeat(100_000) + "x\n");
        assertFalse(r.ok());
        assertEquals("MemoryError", r.diagnostics().get(0).code());
        assertEquals(SyntaxErrors.STACK_OVERFLOW, r.diagnostics().get(0).message());
    }

    @Test
    void longFlatChainsNeedNoStack() {
        assertTrue(parse("x = a" + " + a".repeat(50_000) + "\n").ok());
        assertTrue(parse("x = a" + ".b".repeat(50_000) + "\n").ok());
        assertTrue(parse("x = f" + "()".repeat(50_000) + "\n").ok());
    }

    @Test
    void nestedBracketsUpToTheTokenizerLimitParse() {
        assertTrue(parse("x = " + "(".repeat(199) + "1" + ")".repeat(199) + "\n").ok());
        assertTrue(parse("x = " + "[".repeat(150) + "]".repeat(150) + "\n").ok());
    }

    @Test
    void truncatedProgramsNeverThrow() {
        String program = "import os\n@dec(1)\nclass A[T](B, metaclass=M):\n    def f(self, a, /, b=2, *c, d, **e) -> int:\n"
                + "        match a:\n            case {'k': [1, *r]} | Point(x=0) as p if p: return f'{a!r:>{b}}'\n"
                + "        with (open(a) as f, b):\n            x = [y async for y in z if y] or {k: v for k, v in d}\n"
                + "        try:\n            pass\n        except* E as e:\n            raise X from e\n";
        for (int i = 0; i <= program.length(); i++) {
            ParseResult r = parse(program.substring(0, i));
            assertTrue(r.ok() || !r.diagnostics().isEmpty(), "no verdict for prefix " + i);
        }
        assertTrue(parse(program).ok(), () -> parse(program).diagnostics().toString());
    }
}
