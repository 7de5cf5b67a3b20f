package dev.molt.driver.stage;

import dev.molt.frontend.diag.Diagnostic;
import java.util.List;

/**
 * What one stage function returns: its output artifact's bytes, or null when the program has an
 * error, and the diagnostics (errors and warnings) in either case.
 */
public record StageResult(byte[] output, List<Diagnostic> diagnostics) {
    public StageResult {
        diagnostics = List.copyOf(diagnostics);
    }

    static StageResult failed(List<Diagnostic> diagnostics) {
        return new StageResult(null, diagnostics);
    }

    static StageResult failed(Diagnostic diagnostic) {
        return new StageResult(null, List.of(diagnostic));
    }

    /** An output and no error diagnostics. */
    public boolean ok() {
        return output != null && diagnostics.stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    }
}
