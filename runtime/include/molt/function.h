/* Molt runtime: compiled functions, builtin functions, bound methods, cells, property and friends (function.c). */
#ifndef MOLT_FUNCTION_H
#define MOLT_FUNCTION_H

#include "molt/object.h"

/* Call convention (molt_call_fn): args[0..nargs) are the positional arguments; when kwnames (a tuple
 * of str) is not MOLT_ERR, the values of the keyword arguments follow at args[nargs + i] for
 * kwnames[i] (CPython's vectorcall layout). */

/* Static description of a compiled function's parameters, emitted by the code generator. */
enum { MOLT_CODE_VARARGS = 1u << 0, MOLT_CODE_VARKW = 1u << 1 };
typedef struct MoltCode {
    const char *name;
    const char *qualname;
    /* Parameter names: positional (positional-only first), keyword-only, then *args, then **kwargs. */
    const char *const *argnames;
    int32_t nposonly;   /* leading positional-only parameters */
    int32_t nargs;      /* positional parameters, positional-only included */
    int32_t nkwonly;
    uint32_t flags;     /* MOLT_CODE_VARARGS / MOLT_CODE_VARKW */
} MoltCode;

/* Number of parameter slots molt_function_bind fills. */
static inline int64_t molt_code_nslots(const MoltCode *c) {
    return c->nargs + c->nkwonly + ((c->flags & MOLT_CODE_VARARGS) ? 1 : 0) + ((c->flags & MOLT_CODE_VARKW) ? 1 : 0);
}

typedef struct MoltFunction {
    MoltObject ob;
    MoltValue dict;        /* function attributes (MOLT_TYPE_HAS_DICT) */
    molt_call_fn entry;    /* called as entry(function, args, nargs, kwnames) */
    const MoltCode *code;
    MoltValue name;        /* str */
    MoltValue qualname;    /* str */
    MoltValue defaults;    /* tuple of defaults of the last positional parameters, or MOLT_ERR */
    MoltValue kwdefaults;  /* dict name -> default for keyword-only parameters, or MOLT_ERR */
    MoltValue closure;     /* tuple of cells, or MOLT_ERR */
    MoltValue module;      /* str __module__, or MOLT_ERR */
    MoltValue doc;         /* or MOLT_ERR (None) */
} MoltFunction;

static inline MoltFunction *molt_function_obj(MoltValue v) { return (MoltFunction *)molt_obj(v); }

MoltValue molt_function_new(molt_call_fn entry, const MoltCode *code, MoltValue defaults, MoltValue kwdefaults,
                            MoltValue closure);
/* Binds call arguments to fn's parameter slots (molt_code_nslots of them) with CPython's rules and
 * error messages: defaults, keyword arguments, *args tuple, **kwargs dict. Returns 0, or -1 with TypeError. */
int molt_function_bind(MoltValue fn, const MoltValue *args, int64_t nargs, MoltValue kwnames, MoltValue *slots);
/* Cell i of fn's closure. */
MoltValue molt_function_cell(MoltValue fn, int64_t i);

/* A function implemented in C. For methods in a type's dict, self is args[0]. */
typedef struct MoltBuiltin {
    MoltObject ob;
    molt_call_fn fn;      /* called as fn(builtin, args, nargs, kwnames) */
    const char *name;
    MoltValue self;       /* __self__ for a builtin bound to data (e.g. a module), or MOLT_ERR */
    MoltValue data;       /* extra value for the C code, or MOLT_ERR */
} MoltBuiltin;

static inline MoltBuiltin *molt_builtin_obj(MoltValue v) { return (MoltBuiltin *)molt_obj(v); }
MoltValue molt_builtin_new(const char *name, molt_call_fn fn);
MoltValue molt_builtin_new_data(const char *name, molt_call_fn fn, MoltValue self, MoltValue data);

/* Argument checks for C functions, with CPython's messages. */
/* "name() takes no keyword arguments" unless kwnames is empty. */
int molt_arg_no_kwargs(const char *name, MoltValue kwnames);
/* "name expected at least min arguments, got n" / "name expected at most max arguments, got n". */
int molt_arg_count(const char *name, int64_t nargs, int64_t min, int64_t max);
/* Number of keyword arguments in a call. */
int64_t molt_kwnames_count(MoltValue kwnames);

/* Bound method: calling it calls func(self, *args). */
typedef struct MoltMethod {
    MoltObject ob;
    MoltValue func;
    MoltValue self;
} MoltMethod;
MoltValue molt_method_new(MoltValue func, MoltValue self);

/* Cells for closures (nonlocal variables). `ref` is MOLT_ERR while the variable is unbound. */
typedef struct MoltCell {
    MoltObject ob;
    MoltValue ref;
} MoltCell;
MoltValue molt_cell_new(MoltValue v);
/* Content; MOLT_ERR + NameError "cannot access free variable 'name' where it is not associated with a value in enclosing scope". */
MoltValue molt_cell_get(MoltValue cell, const char *name);
/* Content of a cell the function itself owns; MOLT_ERR + UnboundLocalError "cannot access local variable
 * 'name' where it is not associated with a value". */
MoltValue molt_cell_get_local(MoltValue cell, const char *name);
static inline void molt_cell_set(MoltValue cell, MoltValue v) { ((MoltCell *)molt_obj(cell))->ref = v; }
/* v, or (v being MOLT_ERR: a local read before assignment) the UnboundLocalError above. */
MoltValue molt_check_local(MoltValue v, const char *name);

/* property, staticmethod, classmethod (descriptors understood by the generic getattr). */
extern MoltType molt_property_type, molt_staticmethod_type, molt_classmethod_type;
typedef struct MoltDescr {
    MoltObject ob;
    MoltValue get, set, del, doc; /* staticmethod/classmethod use only `get` (the wrapped callable) */
} MoltDescr;
MoltValue molt_property_new(MoltValue fget, MoltValue fset, MoltValue fdel);
MoltValue molt_staticmethod_new(MoltValue f);
MoltValue molt_classmethod_new(MoltValue f);

#endif
