/* Argument parsing for builtin methods implemented in C (method_args.c). */
#ifndef MOLT_METHOD_ARGS_H
#define MOLT_METHOD_ARGS_H

#include "molt/object.h"

/* Parses a method call's arguments after self (args[0]): positional values, then keyword values
 * named in kwnames. names lists the parameters in order (NULL for positional-only ones); between
 * min and max of them may be given. out[i] receives each parameter or MOLT_ERR when absent.
 * fname is the method's display name, e.g. "split". 0, or -1 with TypeError. */
int molt_method_args(const char *fname, const MoltValue *args, int64_t nargs, MoltValue kwnames,
                     const char *const *names, int min, int max, MoltValue *out);
/* Converts an optional integer argument: dflt when absent (MOLT_ERR). false with TypeError or
 * OverflowError otherwise. */
bool molt_arg_i64(MoltValue v, int64_t dflt, int64_t *out);
/* Self check for methods called through the class (str.upper(5)). */
bool molt_arg_self(MoltValue self, MoltType *t, const char *method);

#endif
