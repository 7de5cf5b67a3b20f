package dev.molt.lowering;

import dev.molt.frontend.ast.Alias;
import dev.molt.frontend.ast.Located;
import dev.molt.frontend.ast.Mod;
import dev.molt.frontend.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * The static import graph's edges (decision 0039): which modules the import statements of one
 * module name, anywhere in it (function bodies and guarded imports included), with relative names
 * resolved the way importlib's {@code _resolve_name} does.
 */
public final class ImportNames {
    private ImportNames() {}

    /**
     * A module an import statement may load. {@code required}: the statement fails without it;
     * otherwise it is a name of {@code from m import name} that is loaded only if m has such a
     * submodule.
     */
    public record Request(String module, boolean required, Located at) {}

    /**
     * The absolute name of {@code from <level dots><module> import ...} in package {@code pkg}
     * ("" when the module is in none), or null when it names no package: CPython's "attempted
     * relative import with no known parent package" / "... beyond top-level package".
     */
    public static String resolve(String pkg, int level, String module) {
        if (level == 0) return module;
        if (pkg.isEmpty()) return null;
        String base = pkg;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) return null;
            base = base.substring(0, dot);
        }
        return module == null || module.isEmpty() ? base : base + "." + module;
    }

    /** What resolve's null means, as CPython's ImportError words it. */
    static String unresolved(String pkg) {
        return pkg.isEmpty() ? "attempted relative import with no known parent package" : "attempted relative import beyond top-level package";
    }

    /** Every module the import statements of {@code m} name (parents before children), in source order. */
    public static List<Request> requests(Mod.Module m, String pkg) {
        List<Request> out = new ArrayList<>();
        new AstWalker() {
            @Override
            public Void visitImport(Stmt.Import n) {
                for (Alias a : n.names()) withParents(a.name(), a, out);
                return null;
            }

            @Override
            public Void visitImportFrom(Stmt.ImportFrom n) {
                String module = resolve(pkg, n.level() == null ? 0 : n.level(), n.module());
                if (module == null) return null;
                withParents(module, n, out);
                for (Alias a : n.names()) {
                    if (!a.name().equals("*")) out.add(new Request(module + "." + a.name(), false, a));
                }
                return null;
            }
        }.stmts(m.body());
        return out;
    }

    private static void withParents(String dotted, Located at, List<Request> out) {
        for (int dot = dotted.indexOf('.'); dot >= 0; dot = dotted.indexOf('.', dot + 1)) {
            out.add(new Request(dotted.substring(0, dot), true, at));
        }
        out.add(new Request(dotted, true, at));
    }
}
