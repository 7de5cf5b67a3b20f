package dev.molt.frontend.suite;

import dev.molt.frontend.ast.Mod;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;

import java.util.List;

/** The parser as the suites see it: one place to adapt if its entry point changes. */
public final class Frontend {
    private Frontend() {}

    /** What {@code Parser.parse} returned: the module (null when parsing failed) and the diagnostics. */
    public record Parsed(Mod.Module module, List<Diagnostic> diagnostics) {
        public boolean ok() {
            return diagnostics.isEmpty();
        }
    }

    /** Calls {@code Parser.parse(source, filename)}; an exception thrown by the parser propagates as is. */
    public static Parsed parse(byte[] source, String filename) {
        ParseResult r = Parser.parse(source, filename);
        return new Parsed(r.module(), r.diagnostics());
    }
}
