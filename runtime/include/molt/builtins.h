/* Molt runtime: the builtins module (builtins.c, builtins_iter.c). Each builtin exists as a function object
 * in the builtins dict (for first-class use: `f = len`) and, for the common ones, as a direct C entry
 * point the code generator can call without argument tuples. */
#ifndef MOLT_BUILTINS_H
#define MOLT_BUILTINS_H

#include "molt/object.h"

/* The builtins namespace: name -> object (functions, types, exceptions, None/True/False/...). */
MoltValue molt_builtins(void);
/* Global name lookup: globals dict, then builtins; NameError "name 'x' is not defined" if absent. */
MoltValue molt_global_lookup(MoltValue globals, MoltValue name);
/* `del x` of a global: 0, or -1 with NameError "name 'x' is not defined" if it is not bound. */
int molt_global_delete(MoltValue globals, MoltValue name);

/* Direct entry points (same semantics and messages as the Python builtins). */
MoltValue molt_builtin_len(MoltValue x);
MoltValue molt_builtin_abs(MoltValue x);
MoltValue molt_builtin_divmod(MoltValue a, MoltValue b);
MoltValue molt_builtin_pow(MoltValue base, MoltValue exp, MoltValue mod); /* mod MOLT_ERR: two-argument form */
MoltValue molt_builtin_round(MoltValue x, MoltValue ndigits);             /* ndigits MOLT_ERR: none */
MoltValue molt_builtin_hash(MoltValue x);
MoltValue molt_builtin_id(MoltValue x);
MoltValue molt_builtin_repr(MoltValue x);
MoltValue molt_builtin_ascii(MoltValue x);
MoltValue molt_builtin_bin(MoltValue x);
MoltValue molt_builtin_oct(MoltValue x);
MoltValue molt_builtin_hex(MoltValue x);
MoltValue molt_builtin_chr(MoltValue x);
MoltValue molt_builtin_ord(MoltValue x);
MoltValue molt_builtin_isinstance(MoltValue obj, MoltValue classinfo);
MoltValue molt_builtin_issubclass(MoltValue cls, MoltValue classinfo);
MoltValue molt_builtin_callable(MoltValue x);
MoltValue molt_builtin_getattr(MoltValue obj, MoltValue name, MoltValue dflt); /* dflt MOLT_ERR: raise */
MoltValue molt_builtin_hasattr(MoltValue obj, MoltValue name);
MoltValue molt_builtin_setattr(MoltValue obj, MoltValue name, MoltValue value);
MoltValue molt_builtin_delattr(MoltValue obj, MoltValue name);
MoltValue molt_builtin_iter(MoltValue x);
MoltValue molt_builtin_next(MoltValue it, MoltValue dflt); /* dflt MOLT_ERR: StopIteration */
MoltValue molt_builtin_input(MoltValue prompt);            /* prompt MOLT_ERR: none */
MoltValue molt_builtin_sum(MoltValue iterable, MoltValue start); /* start MOLT_ERR: 0 */
MoltValue molt_builtin_any(MoltValue iterable);
MoltValue molt_builtin_all(MoltValue iterable);
MoltValue molt_builtin_sorted(MoltValue iterable, MoltValue key, bool reverse);
/* min/max over positional args (one iterable, or two or more values); key/dflt MOLT_ERR when absent. */
MoltValue molt_builtin_min(const MoltValue *args, int64_t nargs, MoltValue key, MoltValue dflt);
MoltValue molt_builtin_max(const MoltValue *args, int64_t nargs, MoltValue key, MoltValue dflt);
MoltValue molt_builtin_enumerate(MoltValue iterable, MoltValue start); /* start MOLT_ERR: 0 */
MoltValue molt_builtin_zip(const MoltValue *iterables, int64_t n, bool strict);
MoltValue molt_builtin_map(MoltValue fn, const MoltValue *iterables, int64_t n);
MoltValue molt_builtin_filter(MoltValue fn, MoltValue iterable);
MoltValue molt_builtin_reversed(MoltValue seq);

extern MoltType molt_enumerate_type, molt_zip_type, molt_map_type, molt_filter_type, molt_reversed_type;

void molt_builtins_init(void);      /* called by molt_runtime_init */
void molt_builtins_iter_init(void); /* registers the iterator builtins (builtins_iter.c) */

/* Parses builtin-function arguments: names in order (NULL for positional-only), min..max of them may be
 * given positionally or by keyword; absent ones are MOLT_ERR. 0, or -1 with CPython's TypeError. */
int molt_builtin_args(const char *fname, const MoltValue *args, int64_t nargs, MoltValue kwnames,
                      const char *const *names, int min, int max, MoltValue *out);
/* Adds name -> value to the builtins namespace. */
int molt_builtins_add(const char *name, MoltValue value);

#endif
