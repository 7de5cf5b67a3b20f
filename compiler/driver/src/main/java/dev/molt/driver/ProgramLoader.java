package dev.molt.driver;

import dev.molt.frontend.diag.Diagnostic;
import dev.molt.frontend.parser.ParseResult;
import dev.molt.frontend.parser.Parser;
import dev.molt.lowering.ImportNames;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds and parses the modules of a program (decision 0039): the entry module, then, transitively,
 * every module its import statements name that exists next to it, found as {@code python3.12
 * ENTRY} finds modules through {@code sys.path[0]} (the entry's folder): {@code a/b/__init__.py}
 * before {@code a/b.py}, a submodule only inside a package. A name CPython resolves before looking
 * at that folder (built-in, frozen and start-up modules, e.g. {@code sys}, {@code os}) is never
 * taken from it. Names found nowhere are left to the lowering, which rejects them unless the runtime
 * has them.
 */
final class ProgramLoader {
    /** One module of the program; {@code parsed} holds its AST or its syntax errors. */
    record Module(String name, String file, boolean isPackage, ParseResult parsed) {}

    /**
     * Top-level names CPython 3.12 imports without looking at sys.path[0]:
     * {@code sys.builtin_module_names}, {@code _imp._frozen_module_names()} and what {@code site}
     * has imported before the program starts (sys.modules at start-up, under -I too).
     */
    private static final Set<String> NOT_FROM_PROGRAM_FOLDER = Set.of(
        "__main__", "_abc", "_ast", "_codecs", "_collections", "_collections_abc", "_frozen_importlib",
        "_frozen_importlib_external", "_functools", "_imp", "_io", "_locale", "_operator", "_signal",
        "_sitebuiltins", "_sre", "_stat", "_string", "_symtable", "_thread", "_tokenize", "_tracemalloc",
        "_typing", "_warnings", "_weakref", "abc", "atexit", "builtins", "codecs", "encodings", "errno",
        "faulthandler", "gc", "genericpath", "importlib", "io", "itertools", "marshal", "ntpath", "os",
        "posix", "posixpath", "pwd", "runpy", "site", "stat", "sys", "time", "zipimport");

    private final SourceSet sources;
    private final String root;
    private final TreeMap<String, Module> modules = new TreeMap<>();
    private final Set<String> missing = new HashSet<>();
    private final Deque<Module> unscanned = new ArrayDeque<>();
    final List<Diagnostic> diagnostics = new ArrayList<>();

    private ProgramLoader(SourceSet sources, String entry) {
        this.sources = sources;
        this.root = entry.substring(0, entry.lastIndexOf('/') + 1);
    }

    /**
     * The entry module ({@code __main__}) first, then the others sorted by name; empty if the entry
     * cannot be read. Syntax errors and unreadable files are in {@code diagnostics}.
     */
    static ProgramLoader load(SourceSet sources, String entry) throws IOException {
        ProgramLoader loader = new ProgramLoader(sources, entry);
        byte[] bytes = sources.read(entry);
        if (bytes == null) {
            loader.diagnostics.add(Diagnostics.error(Diagnostics.INPUT, "cannot read '" + entry + "': no such file", entry));
            return loader;
        }
        loader.add("__main__", entry, false, bytes);
        while (!loader.unscanned.isEmpty()) loader.scan(loader.unscanned.pop());
        return loader;
    }

    /** Every module read and parsed without errors. */
    boolean ok() {
        return !modules.isEmpty() && modules.values().stream().allMatch(m -> m.parsed().ok() && m.parsed().module() != null)
            && diagnostics.stream().noneMatch(d -> Diagnostics.INPUT.equals(d.code()));
    }

    /** The program's modules: the entry first, then by name. */
    List<Module> modules() {
        List<Module> out = new ArrayList<>();
        Module main = modules.get("__main__");
        if (main != null) out.add(main);
        for (Module m : modules.values()) if (m != main) out.add(m);
        return out;
    }

    private void add(String name, String file, boolean isPackage, byte[] bytes) {
        ParseResult parsed = Parser.parse(bytes, file);
        diagnostics.addAll(parsed.diagnostics());
        Module m = new Module(name, file, isPackage, parsed);
        modules.put(name, m);
        if (parsed.ok() && parsed.module() != null) unscanned.add(m);
    }

    private void scan(Module m) throws IOException {
        String pkg = m.isPackage() ? m.name() : m.name().equals("__main__") ? "" : parent(m.name());
        for (ImportNames.Request r : ImportNames.requests(m.parsed().module(), pkg)) find(r.module());
    }

    /** Loads the module called {@code name} from the program's folder if it is there. */
    private void find(String name) throws IOException {
        if (modules.containsKey(name) || missing.contains(name)) return;
        String top = name.split("\\.", 2)[0];
        String parent = parent(name);
        boolean insidePackage = parent.isEmpty() || (modules.containsKey(parent) && modules.get(parent).isPackage());
        if (!NOT_FROM_PROGRAM_FOLDER.contains(top) && insidePackage) {
            String base = root + name.replace('.', '/');
            for (String file : List.of(base + "/__init__.py", base + ".py")) {
                byte[] bytes = sources.read(file);
                if (bytes != null) {
                    add(name, file, file.endsWith("/__init__.py"), bytes);
                    return;
                }
            }
        }
        missing.add(name);
    }

    private static String parent(String dotted) {
        int dot = dotted.lastIndexOf('.');
        return dot < 0 ? "" : dotted.substring(0, dot);
    }
}
