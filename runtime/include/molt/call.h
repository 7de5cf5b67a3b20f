/* Molt runtime: calls with argument unpacking, f(*args, **kwargs) (call.c).
 * The lowering builds the positional arguments and the keyword dict the way CPython's
 * CALL_FUNCTION_EX / DICT_MERGE bytecodes do, and the messages are CPython 3.12's. */
#ifndef MOLT_CALL_H
#define MOLT_CALL_H

#include "molt/object.h"

/* callee(*args, **kwargs). args: a tuple, or any iterable (converted here; TypeError
 * "__main__.f() argument after * must be an iterable, not int" otherwise). kwargs: a dict or MOLT_ERR;
 * its keys must be str ("keywords must be strings"). */
MoltValue molt_call_ex(MoltValue callee, MoltValue args, MoltValue kwargs);
/* Merges **mapping into the call's keyword dict: 0, or -1 with CPython's TypeError
 * ("__main__.f() argument after ** must be a mapping, not list",
 *  "__main__.f() got multiple values for keyword argument 'x'"); callee names the function in them. */
int molt_call_merge_kwargs(MoltValue dict, MoltValue mapping, MoltValue callee);
/* How CPython names a callable in these messages: "module.qualname()", "qualname()" for builtins,
 * or str(callee) when it has no __qualname__. */
MoltValue molt_call_function_str(MoltValue callee);

/* with statements: the bound type(mgr).__exit__, fetched first (TypeError "'int' object does not support
 * the context manager protocol" without __enter__, "... (missed __exit__ method)" without __exit__),
 * then type(mgr).__enter__(mgr). Like CPython, both are looked up on the type, not the instance. */
MoltValue molt_with_exit_method(MoltValue mgr);
MoltValue molt_with_enter(MoltValue mgr);

#endif
