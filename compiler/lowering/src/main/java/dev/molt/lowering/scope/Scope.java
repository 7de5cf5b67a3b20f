package dev.molt.lowering.scope;

import dev.molt.frontend.ast.Located;
import dev.molt.frontend.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** One block of the symbol table: the module, a function or lambda, a class body, or a comprehension. */
public final class Scope {
    public enum Kind { MODULE, FUNCTION, CLASS, COMPREHENSION }

    // Symbol flags, as in CPython's symtable.h.
    static final int DEF_GLOBAL = 1, DEF_LOCAL = 2, DEF_PARAM = 4, DEF_NONLOCAL = 8, USE = 16, DEF_FREE_CLASS = 64,
        DEF_IMPORT = 128, DEF_ANNOT = 256, DEF_COMP_ITER = 512;
    static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    private final Kind kind;
    private final String name;
    private final Node node;
    private final Scope parent;
    final List<Scope> children = new ArrayList<>();
    final Map<String, Integer> flags = new LinkedHashMap<>();
    final Map<String, Binding> bindings = new LinkedHashMap<>();
    final Map<String, Located> directives = new LinkedHashMap<>();
    final List<String> params = new ArrayList<>();
    boolean generator, coroutine, nested, needsClassClosure, childFree;
    int compIterExpr;
    /** For comprehensions: "list comprehension", "generator expression", ... (CPython's wording). */
    String compKind;
    /** The class name for private-name mangling inside a class body and its nested functions. */
    String privateName;

    Scope(Kind kind, String name, Node node, Scope parent) {
        this.kind = kind;
        this.name = name;
        this.node = node;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
            nested = parent.nested || parent.isFunctionLike();
            privateName = parent.privateName;
        }
    }

    public Kind kind() { return kind; }

    public String name() { return name; }

    /** The AST node that opened the scope (FunctionDef, Lambda, ClassDef, a comprehension, or the Module). */
    public Node node() { return node; }

    public Scope parent() { return parent; }

    public List<Scope> children() { return Collections.unmodifiableList(children); }

    public boolean isFunctionLike() { return kind == Kind.FUNCTION || kind == Kind.COMPREHENSION; }

    public boolean isGenerator() { return generator; }

    public boolean isCoroutine() { return coroutine; }

    /** True for a class whose methods use {@code super()} or {@code __class__}: the class body makes a __class__ cell. */
    public boolean needsClassClosure() { return needsClassClosure; }

    /** Parameter names in definition order (positional-only, positional, *args, keyword-only, **kwargs). */
    public List<String> params() { return Collections.unmodifiableList(params); }

    /** Binding of a name used or bound in this scope; names never mentioned here resolve like implicit globals. */
    public Binding binding(String name) {
        Binding b = bindings.get(name);
        return b != null ? b : Binding.GLOBAL_IMPLICIT;
    }

    /** Every name mentioned in this scope, in first-mention order. */
    public Map<String, Binding> bindings() { return Collections.unmodifiableMap(bindings); }

    /** Names that inner scopes capture, sorted (the order of the cells a frame creates). */
    public List<String> cellVars() { return sortedWith(Binding.CELL); }

    /** Names this scope receives from its closure, sorted (the order of the closure tuple). */
    public List<String> freeVars() {
        TreeSet<String> out = new TreeSet<>();
        for (var e : bindings.entrySet())
            if (e.getValue() == Binding.FREE || (flags.getOrDefault(e.getKey(), 0) & DEF_FREE_CLASS) != 0)
                out.add(e.getKey());
        return new ArrayList<>(out);
    }

    /** True if a class body binds this name locally and also passes it through to methods (DEF_FREE_CLASS). */
    public boolean isFreeInClass(String name) { return (flags.getOrDefault(name, 0) & DEF_FREE_CLASS) != 0; }

    private List<String> sortedWith(Binding b) {
        TreeSet<String> out = new TreeSet<>();
        for (var e : bindings.entrySet()) if (e.getValue() == b) out.add(e.getKey());
        return new ArrayList<>(out);
    }

    int flagsOf(String n) { return flags.getOrDefault(n, 0); }

    @Override public String toString() { return kind + " " + name; }
}
