package dev.molt.lowering;

import dev.molt.frontend.ast.Located;

/** Thrown inside the lowering of one statement for a construct Molt does not compile yet; becomes a diagnostic. */
final class Unsupported extends RuntimeException {
    final String feature;
    final transient Located at;

    Unsupported(String feature, Located at) {
        super(feature, null, false, false);
        this.feature = feature;
        this.at = at;
    }
}
