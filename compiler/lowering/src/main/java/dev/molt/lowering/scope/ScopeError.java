package dev.molt.lowering.scope;

import dev.molt.frontend.ast.Located;

/** The first compile-time error found; CPython reports exactly one, so analysis stops there. */
final class ScopeError extends RuntimeException {
    final String message;
    final Located at;

    ScopeError(String message, Located at) {
        super(message, null, false, false);
        this.message = message;
        this.at = at;
    }
}
