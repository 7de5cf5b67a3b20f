package dev.molt.frontend.parser;

import dev.molt.frontend.diag.Diagnostic;

/**
 * Unwinds the recursive descent to {@link Parser#parse} (or to a backtracking point) carrying the
 * error CPython would raise. Never escapes the parser package. No stack trace: it is control flow.
 */
final class SyntaxFailure extends RuntimeException {
    final Diagnostic diagnostic;
    /** True when the message is the generic "invalid syntax" that a backtracking point may replace. */
    final boolean generic;

    SyntaxFailure(Diagnostic diagnostic, boolean generic) {
        super(diagnostic.message(), null, false, false);
        this.diagnostic = diagnostic;
        this.generic = generic;
    }
}
