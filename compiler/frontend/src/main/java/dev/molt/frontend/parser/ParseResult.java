package dev.molt.frontend.parser;

import dev.molt.frontend.ast.Mod;
import dev.molt.frontend.diag.Diagnostic;
import dev.molt.frontend.lexer.SourceText;
import java.util.List;

/**
 * What {@link Parser#parse} returns: the module (null when the source does not parse) and the
 * problems found. CPython stops at the first syntax error, and so do we: at most one error.
 */
public record ParseResult(Mod.Module module, List<Diagnostic> diagnostics, SourceText source) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() {
        return diagnostics.isEmpty();
    }
}
