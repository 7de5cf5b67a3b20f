/* Molt runtime: module objects and the modules a program can import (import.c, mod_sys.c,
 * mod_math.c, import_program.c). Closed world (DESIGN §2): only the modules of molt_builtin_modules
 * and of the program's own table (compiled from its sources) exist at run time; the compiler
 * rejects imports of anything else before linking. */
#ifndef MOLT_MODULES_H
#define MOLT_MODULES_H

#include "molt/object.h"

/* A module: its namespace dict right after the header (MoltInstance layout, MOLT_TYPE_HAS_DICT). */
typedef struct MoltModule {
    MoltObject ob;
    MoltValue dict; /* name -> value, "__name__" included */
} MoltModule;

extern MoltType molt_module_type;

/* One built-in module: its name and the function that fills a new, empty module's namespace
 * (0, or -1 with an exception pending). */
typedef struct MoltBuiltinModule {
    const char *name;
    int (*fill)(MoltValue module);
} MoltBuiltinModule;

/* THE list of importable module names ({NULL, NULL}-terminated, sorted by name). Keep the
 * compiler's compile-time list of supported imports in step with it. */
extern const MoltBuiltinModule molt_builtin_modules[];

/* A function of a module's namespace, for molt_module_add_functions. */
typedef struct MoltModuleFunction {
    const char *name;
    molt_call_fn fn;
} MoltModuleFunction;

/* New module whose namespace holds only __name__. */
MoltValue molt_module_new(const char *name);
/* module.name = value (0, or -1 on MemoryError). */
int molt_module_add(MoltValue module, const char *name, MoltValue value);
/* Adds each function as a builtin function object named like its key. */
int molt_module_add_functions(MoltValue module, const MoltModuleFunction *fns, size_t n);

/* `import name`: the one instance of the named module (created and filled on first import, then
 * cached and GC-rooted); ModuleNotFoundError "No module named 'x'" for anything else. */
MoltValue molt_import_module(MoltValue dotted_name);
/* `from module import name`: the attribute, or ImportError
 * "cannot import name 'x' from 'm' (unknown location)". */
MoltValue molt_import_from(MoltValue module, MoltValue name);

/* One module compiled from the program's sources: a row of the table the code generator emits
 * (decision 0039). */
typedef struct MoltProgramModule {
    const char *name; /* dotted name; "__main__" for the entry module */
    const char *file; /* source path relative to the program's root, e.g. "pkg/__init__.py" */
    /* Runs the module body with `globals` (the module's namespace dict, holding __name__ and
     * __file__) as its globals: None, or MOLT_ERR with an exception pending. */
    MoltValue (*init)(MoltValue globals);
} MoltProgramModule;

/* Entry point of compiled programs: keeps `modules` ({NULL}-terminated) as the program's module
 * table and runs "__main__" from it under molt_main. */
int molt_program_main(int argc, char **argv, const MoltProgramModule *modules);
/* Import of a module of the program's table (its parent package first; the module is registered
 * before its body runs, so a circular import sees it partially initialised; a body that raises
 * unregisters it). *found is false, with nothing raised, when the program has no such module and
 * no such parent package. */
MoltValue molt_program_import(MoltValue dotted_name, bool *found);
/* True if the program has a module of that dotted name. */
bool molt_program_has(MoltValue dotted_name);
/* True while the body of `module` (a module of the program) is running. */
bool molt_program_initializing(MoltValue module);

/* Namespace fillers of the built-in modules (the rows of molt_builtin_modules). */
int molt_sys_module_fill(MoltValue module);
int molt_math_module_fill(MoltValue module);

#endif
