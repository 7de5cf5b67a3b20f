package dev.molt.driver.stage;

import dev.molt.driver.Diagnostics;
import dev.molt.frontend.diag.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** Diagnostics as the services send them: structured fields plus exactly what {@code molt build} prints. */
public final class StageDiagnostics {
    private StageDiagnostics() {}

    public static dev.molt.service.v1.Diagnostic toProto(Diagnostic d) {
        dev.molt.service.v1.Diagnostic.Builder b = dev.molt.service.v1.Diagnostic.newBuilder()
                .setKind(d.code())
                .setMessage(d.message())
                .setLine(d.line())
                .setColumn(d.col())
                .setEndLine(d.endLine())
                .setEndColumn(d.endCol())
                .setRendered(Diagnostics.render(d));
        if (d.file() != null) {
            b.setFilename(d.file());
        }
        if (d.text() != null) {
            b.setSourceLine(d.text());
        }
        return b.build();
    }

    public static List<dev.molt.service.v1.Diagnostic> toProto(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(StageDiagnostics::toProto).collect(Collectors.toList());
    }

    /** A bug in a stage (an exception escaped it), reported like the in-process driver does. */
    static Diagnostic internal(String file, String stage, Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getName() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return Diagnostic.error(Diagnostics.INTERNAL, "internal error in " + stage + ": " + message, file, 0, 0, 0, 0, null);
    }
}
