/* Module objects and `import` of the built-in modules (sys, math): one instance per module, made on
 * first import and kept for the whole run, as CPython keeps them in sys.modules. */
#include <string.h>

#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/gc.h"
#include "molt/modules.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/type.h"

const MoltBuiltinModule molt_builtin_modules[] = {
    {"math", molt_math_module_fill},
    {"sys", molt_sys_module_fill},
    {NULL, NULL},
};

#define MAX_MODULES 8
static MoltValue instances[MAX_MODULES]; /* by index in molt_builtin_modules; GC roots */
static bool ready;

int64_t molt_object_hash(MoltValue v);

/* ------------------------------------------------------------ the module type */

static MoltValue module_name(MoltValue self) {
    MoltValue n = molt_dict_getitem_cstr(((MoltModule *)molt_obj(self))->dict, "__name__");
    return n && molt_is_str(n) ? n : MOLT_ERR;
}

static MoltValue module_repr(MoltValue self) {
    MoltValue n = module_name(self), r = MOLT_ERR, frepr = MOLT_ERR;
    MOLT_ROOTS3(self, r, frepr);
    r = n ? molt_repr(n) : molt_str_from_cstr("'?'");
    /* The program's modules have a __file__ (decision 0039): `<module 'm' from 'm.py'>`. */
    MoltValue file = r ? molt_dict_getitem_cstr(((MoltModule *)molt_obj(self))->dict, "__file__") : MOLT_ERR;
    if (file && molt_is_str(file)) frepr = molt_repr(file);
    MOLT_UNROOT();
    if (!r || (file && molt_is_str(file) && !frepr)) return MOLT_ERR;
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_puts(&b, "<module ");
    molt_sbuf_put_str(&b, r);
    if (frepr) {
        molt_sbuf_puts(&b, " from ");
        molt_sbuf_put_str(&b, frepr);
        molt_sbuf_puts(&b, ">");
    } else {
        molt_sbuf_puts(&b, " (built-in)>");
    }
    return molt_sbuf_finish(&b);
}

/* The namespace first (module attributes are plain dict entries), then the type (__class__,
 * __dict__), with CPython's "module 'm' has no attribute 'x'" when both miss. */
static MoltValue module_getattr(MoltValue self, MoltValue name) {
    MoltValue v = molt_dict_getitem_str(((MoltModule *)molt_obj(self))->dict, name);
    if (v) return v;
    MOLT_ROOTS2(self, name);
    v = molt_object_generic_getattr(self, name);
    MOLT_UNROOT();
    if (v || !molt_err_matches(&molt_AttributeError)) return v;
    molt_err_clear();
    MoltValue n = module_name(self);
    if (!n) return molt_err_format(&molt_AttributeError, "module has no attribute '%S'", name);
    return molt_err_format(&molt_AttributeError, "module '%S' has no attribute '%S'", n, name);
}

static void module_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((MoltModule *)self)->dict); }

MoltType molt_module_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "module",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_HAS_DICT,
    .instance_size = sizeof(MoltModule),
    .trace = module_trace,
    .repr = module_repr,
    .hash = molt_object_hash,
    .getattr = module_getattr,
};

MoltValue molt_module_new(const char *name) {
    MoltValue m = molt_gc_alloc(&molt_module_type, sizeof(MoltModule));
    if (!m) return MOLT_ERR;
    MOLT_ROOTS1(m);
    MoltValue d = molt_dict_new();
    if (d) ((MoltModule *)molt_obj(m))->dict = d;
    MoltValue n = d ? molt_str_from_cstr(name) : MOLT_ERR;
    int ok = n && molt_dict_setitem_cstr(((MoltModule *)molt_obj(m))->dict, "__name__", n) == 0;
    MOLT_UNROOT();
    return ok ? m : MOLT_ERR;
}

int molt_module_add(MoltValue module, const char *name, MoltValue value) {
    if (!value) return -1;
    return molt_dict_setitem_cstr(((MoltModule *)molt_obj(module))->dict, name, value);
}

int molt_module_add_functions(MoltValue module, const MoltModuleFunction *fns, size_t n) {
    MOLT_ROOTS1(module);
    int r = 0;
    for (size_t i = 0; i < n && r == 0; i++) r = molt_module_add(module, fns[i].name, molt_builtin_new(fns[i].name, fns[i].fn));
    MOLT_UNROOT();
    return r;
}

/* ------------------------------------------------------------ import */

static void modules_ready(void) {
    if (ready) return;
    ready = true;
    molt_gc_pause(); /* a static type's values are not roots until it is readied */
    molt_type_ready(&molt_module_type);
    molt_gc_resume();
    for (int i = 0; molt_builtin_modules[i].name; i++) molt_gc_add_root(&instances[i]);
}

static MoltValue not_found(MoltValue dotted_name) {
    const char *s = molt_str_utf8(dotted_name);
    const char *dot = strchr(s, '.');
    if (dot) {
        /* `import sys.x`: the parent exists but is not a package. */
        for (int i = 0; molt_builtin_modules[i].name; i++) {
            const char *p = molt_builtin_modules[i].name;
            if (strlen(p) == (size_t)(dot - s) && !strncmp(p, s, (size_t)(dot - s)))
                return molt_err_format(&molt_ModuleNotFoundError, "No module named %R; '%s' is not a package",
                                       dotted_name, p);
        }
        MOLT_ROOTS1(dotted_name); /* s points into it while the new str is allocated */
        MoltValue top = molt_str_from_utf8(s, (int64_t)(dot - s));
        MOLT_UNROOT();
        if (!top) return MOLT_ERR;
        return molt_err_format(&molt_ModuleNotFoundError, "No module named %R", top);
    }
    return molt_err_format(&molt_ModuleNotFoundError, "No module named %R", dotted_name);
}

MoltValue molt_import_module(MoltValue dotted_name) {
    if (!molt_is_str(dotted_name))
        return molt_err_format(&molt_TypeError, "module name must be str, not %T", dotted_name);
    modules_ready();
    bool found; /* the program's own modules first (decision 0039) */
    MoltValue own = molt_program_import(dotted_name, &found);
    if (found) return own;
    for (int i = 0; molt_builtin_modules[i].name; i++) {
        if (!molt_str_eq_cstr(dotted_name, molt_builtin_modules[i].name)) continue;
        if (instances[i]) return instances[i];
        instances[i] = molt_module_new(molt_builtin_modules[i].name); /* rooted while filled */
        if (instances[i] && molt_builtin_modules[i].fill(instances[i]) == 0) return instances[i];
        instances[i] = MOLT_ERR; /* a later import tries again, as CPython drops a failed module */
        return MOLT_ERR;
    }
    return not_found(dotted_name);
}

/* `from m import x` where m has no attribute x: the submodule m.x if the program has one (CPython
 * imports it while handling the from-list), else CPython's ImportError, naming m's file and
 * whether m is still running its body. */
static MoltValue import_from_missing(MoltValue module, MoltValue mname, MoltValue name) {
    MOLT_ROOTS3(module, mname, name);
    MoltValue dot = molt_str_from_cstr(".");
    MoltValue full = dot ? molt_str_concat(mname, dot) : MOLT_ERR;
    full = full ? molt_str_concat(full, name) : MOLT_ERR;
    bool found = false;
    MoltValue sub = full && molt_program_has(full) ? molt_program_import(full, &found) : MOLT_ERR;
    MOLT_UNROOT();
    if (found || !full) return sub;
    MoltValue file = molt_dict_getitem_cstr(((MoltModule *)molt_obj(module))->dict, "__file__");
    if (!file || !molt_is_str(file))
        return molt_err_format(&molt_ImportError, "cannot import name %R from %R (unknown location)", name, mname);
    if (molt_program_initializing(module))
        return molt_err_format(&molt_ImportError,
                               "cannot import name %R from partially initialized module %R "
                               "(most likely due to a circular import) (%S)", name, mname, file);
    return molt_err_format(&molt_ImportError, "cannot import name %R from %R (%S)", name, mname, file);
}

MoltValue molt_import_from(MoltValue module, MoltValue name) {
    MOLT_ROOTS2(module, name);
    MoltValue v = molt_getattr(module, name);
    MOLT_UNROOT();
    if (v || !molt_err_matches(&molt_AttributeError)) return v;
    molt_err_clear();
    MoltValue mname = molt_type_of(module) == &molt_module_type ? module_name(module) : MOLT_ERR;
    if (!mname) return molt_err_format(&molt_ImportError, "cannot import name %R from <unknown module name> (unknown location)", name);
    return import_from_missing(module, mname, name);
}
