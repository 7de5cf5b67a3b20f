package dev.molt.lowering;

import java.util.List;

/**
 * The modules a compiled program can import: the ones the runtime implements natively (runtime/src/mod_*.c).
 * The one list the compiler consults; importing anything else is rejected at compile time.
 */
final class RuntimeModules {
    private static final List<String> NAMES = List.of("math", "sys");

    private RuntimeModules() {}

    /** True for a dotted module name the runtime provides. */
    static boolean has(String dotted) { return NAMES.contains(dotted); }

    /** "math and sys", for messages. */
    static String describe() {
        return NAMES.size() == 1 ? NAMES.get(0)
            : String.join(", ", NAMES.subList(0, NAMES.size() - 1)) + " and " + NAMES.get(NAMES.size() - 1);
    }
}
