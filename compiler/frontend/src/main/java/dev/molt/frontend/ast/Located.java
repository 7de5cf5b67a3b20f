package dev.molt.frontend.ast;

/** CPython's four position attributes; lines are 1-based, columns are UTF-8 byte offsets. */
public interface Located {
    int lineno();

    int colOffset();

    int endLineno();

    int endColOffset();
}
