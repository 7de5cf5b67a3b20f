/* The program's own modules (decision 0039): the table the code generator emits, one row per
 * module compiled from the program's sources, and their import as CPython's import system does it
 * for modules found on sys.path: the parent package first, the module registered before its body
 * runs (a circular import sees it partially initialised), dropped again if the body raises, and
 * bound as an attribute of its parent package once its body has finished. */
#include <stdlib.h>
#include <string.h>

#include "molt/exceptions.h"
#include "molt/gc.h"
#include "molt/modules.h"
#include "molt/runtime.h"
#include "molt/str.h"

static const MoltProgramModule *table;
static size_t count;
static MoltValue *instances; /* by row; GC roots; MOLT_ERR until imported */
static bool *running;        /* by row; true while the module's body runs */

static int row_of(const char *name, size_t n) {
    for (size_t i = 0; i < count; i++)
        if (strlen(table[i].name) == n && !memcmp(table[i].name, name, n)) return (int)i;
    return -1;
}

/* A package is a module compiled from an __init__.py. */
static bool is_package(int row) {
    const char *f = table[row].file;
    size_t n = strlen(f), k = strlen("__init__.py");
    return n >= k && !strcmp(f + n - k, "__init__.py") && (n == k || f[n - k - 1] == '/');
}

/* A new module object for the row, registered, then its body run. */
static MoltValue load(int row) {
    MoltValue m = molt_module_new(table[row].name);
    if (!m) return MOLT_ERR;
    MOLT_ROOTS1(m);
    int ok = molt_module_add(m, "__file__", molt_str_from_cstr(table[row].file)) == 0;
    MOLT_UNROOT();
    if (!ok) return MOLT_ERR;
    instances[row] = m;
    running[row] = true;
    MoltValue r = table[row].init(((MoltModule *)molt_obj(m))->dict);
    running[row] = false;
    if (!r) instances[row] = MOLT_ERR; /* CPython removes a failed module from sys.modules */
    return r ? instances[row] : MOLT_ERR;
}

/* Import of the module whose dotted name is the n bytes at `name` (which the caller keeps alive). */
static MoltValue import_name(const char *name, size_t n, bool *found) {
    int row = row_of(name, n);
    if (row >= 0 && instances[row]) {
        *found = true;
        return instances[row];
    }
    const char *dot = NULL;
    for (size_t i = n; i > 0; i--) {
        if (name[i - 1] == '.') {
            dot = name + i - 1;
            break;
        }
    }
    MoltValue parent = MOLT_ERR;
    if (dot) {
        bool parent_found = false;
        parent = import_name(name, (size_t)(dot - name), &parent_found);
        if (!parent_found) return MOLT_ERR; /* not the program's: *found stays false */
        *found = true;
        if (!parent) return MOLT_ERR;
        if (row >= 0 && instances[row]) return instances[row]; /* the parent's body imported it */
        if (row < 0) {
            MoltValue full = molt_str_from_utf8(name, (int64_t)n);
            if (!full) return MOLT_ERR;
            int prow = row_of(name, (size_t)(dot - name));
            if (is_package(prow)) return molt_err_format(&molt_ModuleNotFoundError, "No module named %R", full);
            MOLT_ROOTS1(full);
            MoltValue top = molt_str_from_cstr(table[prow].name);
            MOLT_UNROOT();
            if (!top) return MOLT_ERR;
            return molt_err_format(&molt_ModuleNotFoundError, "No module named %R; %R is not a package", full, top);
        }
    } else if (row < 0) {
        return MOLT_ERR;
    }
    *found = true;
    MOLT_ROOTS1(parent);
    MoltValue m = load(row);
    if (m && parent && molt_module_add(parent, table[row].name + (dot - name) + 1, m) < 0) m = MOLT_ERR;
    MOLT_UNROOT();
    return m;
}

MoltValue molt_program_import(MoltValue dotted_name, bool *found) {
    *found = false;
    if (!table) return MOLT_ERR;
    MOLT_ROOTS1(dotted_name); /* its bytes are read while modules run */
    MoltValue m = import_name(molt_str_utf8(dotted_name), (size_t)molt_str_nbytes(dotted_name), found);
    MOLT_UNROOT();
    return m;
}

bool molt_program_has(MoltValue dotted_name) {
    return table && row_of(molt_str_utf8(dotted_name), (size_t)molt_str_nbytes(dotted_name)) >= 0;
}

bool molt_program_initializing(MoltValue module) {
    for (size_t i = 0; i < count; i++)
        if (instances[i] == module) return running[i];
    return false;
}

static MoltValue run_main(void) {
    instances = calloc(count ? count : 1, sizeof *instances);
    running = calloc(count ? count : 1, sizeof *running);
    if (!instances || !running) return molt_err_no_memory();
    for (size_t i = 0; i < count; i++) molt_gc_add_root(&instances[i]);
    MoltValue name = molt_str_from_cstr("__main__");
    MoltValue m = name ? molt_import_module(name) : MOLT_ERR;
    return m ? molt_None : MOLT_ERR;
}

int molt_program_main(int argc, char **argv, const MoltProgramModule *modules) {
    table = modules;
    for (count = 0; modules[count].name; count++) {}
    return molt_main(argc, argv, run_main);
}
