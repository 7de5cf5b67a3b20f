package dev.molt.frontend.ast;

/** Any AST node (the records generated from CPython's node list). */
public interface Node {
}
