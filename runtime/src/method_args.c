/* Argument parsing for C-implemented methods, with CPython-style messages. */
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/int.h"
#include "molt/method_args.h"
#include "molt/str.h"
#include "molt/tuple.h"

int molt_method_args(const char *fname, const MoltValue *args, int64_t nargs, MoltValue kwnames,
                     const char *const *names, int min, int max, MoltValue *out) {
    int64_t npos = nargs - 1, nkw = molt_kwnames_count(kwnames);
    for (int i = 0; i < max; i++) out[i] = MOLT_ERR;
    if (npos > max) {
        if (max == 0)
            molt_err_format(&molt_TypeError, "%s() takes no arguments (%lld given)", fname, (long long)npos);
        else if (max == 1 && min == 1)
            molt_err_format(&molt_TypeError, "%s() takes exactly one argument (%lld given)", fname, (long long)npos);
        else
            molt_err_format(&molt_TypeError, "%s() takes at most %d argument%s (%lld given)", fname, max,
                            max == 1 ? "" : "s", (long long)(npos + nkw));
        return -1;
    }
    for (int64_t i = 0; i < npos; i++) out[i] = args[1 + i];
    for (int64_t k = 0; k < nkw; k++) {
        MoltValue key = molt_tuple_items(kwnames)[k];
        int idx = -1;
        for (int i = 0; i < max; i++)
            if (names && names[i] && molt_str_eq_cstr(key, names[i])) idx = i;
        if (idx < 0) {
            molt_err_format(&molt_TypeError, "'%S' is an invalid keyword argument for %s()", key, fname);
            return -1;
        }
        if (out[idx]) {
            molt_err_format(&molt_TypeError, "argument for %s() given by name ('%S') and position (%d)", fname, key,
                            idx + 1);
            return -1;
        }
        out[idx] = args[nargs + k];
    }
    for (int i = 0; i < min; i++) {
        if (!out[i]) {
            if (min == 1 && max == 1)
                molt_err_format(&molt_TypeError, "%s() takes exactly one argument (0 given)", fname);
            else
                molt_err_format(&molt_TypeError, "%s() takes at least %d argument%s (%lld given)", fname, min,
                                min == 1 ? "" : "s", (long long)(npos + nkw));
            return -1;
        }
    }
    return 0;
}

bool molt_arg_i64(MoltValue v, int64_t dflt, int64_t *out) {
    if (!v) {
        *out = dflt;
        return true;
    }
    if (molt_is_small(v)) {
        *out = molt_small_value(v);
        return true;
    }
    if (!molt_is_int_like(v) && !molt_type_of(v)->to_index) {
        molt_err_format(&molt_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return false;
    }
    return molt_index_i64(v, out) == 0;
}

bool molt_arg_self(MoltValue self, MoltType *t, const char *method) {
    if (molt_isinstance_type(self, t)) return true;
    molt_err_format(&molt_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object", method, t->name,
                    self);
    return false;
}
