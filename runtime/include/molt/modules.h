/* Molt runtime: module objects and the built-in modules a program can import (import.c, mod_sys.c,
 * mod_math.c). Closed world (DESIGN §2): only the modules of molt_builtin_modules exist at run time;
 * the compiler rejects imports of anything else before linking. */
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

/* Namespace fillers of the built-in modules (the rows of molt_builtin_modules). */
int molt_sys_module_fill(MoltValue module);
int molt_math_module_fill(MoltValue module);

#endif
