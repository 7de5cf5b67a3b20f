package dev.molt.frontend.ast;

import java.util.Collections;
import java.util.List;

/** Helpers shared by the generated node records. */
final class Nodes {
    private Nodes() {}

    /**
     * Read-only view of a node list. No copy: the parser hands over fresh lists.
     * Elements may be null (Dict keys for {@code **d}, missing kw_defaults).
     */
    static <T> List<T> list(List<T> xs) {
        return xs == null ? List.of() : Collections.unmodifiableList(xs);
    }
}
