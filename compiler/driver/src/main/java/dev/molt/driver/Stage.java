package dev.molt.driver;

/** The compile stages in order; a build can stop after any of them (javac's CompileStates habit). */
public enum Stage {
    PARSE,
    LOWER,
    CODEGEN,
    LINK;

    public boolean atLeast(Stage other) {
        return ordinal() >= other.ordinal();
    }
}
