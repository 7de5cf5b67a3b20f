package dev.molt.lowering.scope;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static dev.molt.lowering.scope.Scope.DEF_BOUND;
import static dev.molt.lowering.scope.Scope.DEF_FREE_CLASS;
import static dev.molt.lowering.scope.Scope.DEF_GLOBAL;
import static dev.molt.lowering.scope.Scope.DEF_NONLOCAL;

/** Second pass of the symbol table: resolves every name to a {@link Binding} (analyze_block in symtable.c). */
final class ScopeAnalyzer {
    private ScopeAnalyzer() {}

    static void analyze(Scope module) {
        block(module, null, new HashSet<>(), new HashSet<>());
    }

    /**
     * @param bound  names bound in enclosing function scopes (null at module level)
     * @param free   collects the names this block and its children need from outside
     * @param global names known to be global in enclosing scopes
     */
    private static void block(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        // A class namespace is invisible to nested functions: children see what the class saw.
        if (s.kind() == Scope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) name(s, e.getKey(), e.getValue(), bound, local, free, global);
        if (s.kind() != Scope.Kind.CLASS) {
            if (s.isFunctionLike()) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        for (Scope child : s.children) {
            Set<String> childFree = new HashSet<>();
            block(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            newFree.addAll(childFree);
        }
        if (s.isFunctionLike()) {
            // Locals that children capture become cells.
            for (Map.Entry<String, Binding> e : s.bindings.entrySet()) {
                if (e.getValue() == Binding.LOCAL && newFree.remove(e.getKey())) e.setValue(Binding.CELL);
            }
        } else if (s.kind() == Scope.Kind.CLASS) {
            if (newFree.remove("__class__")) s.needsClassClosure = true;
        }
        // Free names of children that this block does not mention pass through it (update_symbols).
        for (String name : newFree) {
            Integer f = s.flags.get(name);
            if (f != null) {
                // A method's free variable that the class body also binds: both meanings coexist.
                if (s.kind() == Scope.Kind.CLASS && (f & (DEF_BOUND | DEF_GLOBAL)) != 0) s.flags.put(name, f | DEF_FREE_CLASS);
                continue;
            }
            if (bound != null && !bound.contains(name)) continue; // global in some child
            s.flags.put(name, 0);
            s.bindings.put(name, Binding.FREE);
        }
        free.addAll(newFree);
    }

    private static void name(Scope s, String name, int flags, Set<String> bound, Set<String> local, Set<String> free, Set<String> global) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) throw new ScopeError("name '" + name + "' is nonlocal and global", s.directives.get(name));
            s.bindings.put(name, Binding.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) throw new ScopeError("nonlocal declaration not allowed at module level", s.directives.get(name));
            if (!bound.contains(name)) throw new ScopeError("no binding for nonlocal '" + name + "' found", s.directives.get(name));
            s.bindings.put(name, Binding.FREE);
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            s.bindings.put(name, Binding.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            s.bindings.put(name, Binding.FREE);
            free.add(name);
            return;
        }
        s.bindings.put(name, Binding.GLOBAL_IMPLICIT);
    }
}
