/*
 * Builtins that consume or wrap iterables: sum, any, all, sorted, min, max, and the lazy iterator
 * types enumerate, zip, map, filter and reversed.
 */
#include <math.h>
#include <string.h>

#include "molt/builtins.h"
#include "molt/bytes.h"
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/function.h"
#include "molt/gc.h"
#include "molt/int.h"
#include "molt/list.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

int64_t molt_object_hash(MoltValue v);

/* ------------------------------------------------------------ consumers */

/* CPython 3.12 adds floats with Neumaier's compensated summation, so sum([0.1] * 10) == 1.0. */
typedef struct {
    double sum, c;
} FloatSum;

static void fsum_add(FloatSum *s, double x) {
    double t = s->sum + x;
    s->c += fabs(s->sum) >= fabs(x) ? (s->sum - t) + x : (x - t) + s->sum;
    s->sum = t;
}

/* The compensation is left out when zero (keeps the sign of -0.0) or not finite (no inf - inf NaN). */
static double fsum_value(const FloatSum *s) { return s->c != 0.0 && isfinite(s->c) ? s->sum + s->c : s->sum; }

static bool exact_int_or_bool(MoltValue v) { return molt_is_int(v) || v == molt_True || v == molt_False; }

/* CPython's three phases, each entered at most once: an int start adds ints and bools while the total
 * fits in 64 bits; the first other item is added generically and, if that gives a float, floats and
 * 64-bit ints go into the compensated sum; anything else from then on is added generically. */
MoltValue molt_builtin_sum(MoltValue iterable, MoltValue start) {
    if (!start) start = molt_small(0);
    if (molt_is_str(start)) return molt_err_set_str(&molt_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (molt_is_bytes(start))
        return molt_err_set_str(&molt_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (molt_type_of(start) == &molt_bytearray_type)
        return molt_err_set_str(&molt_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    MoltValue acc = start, it = MOLT_ERR, x = MOLT_ERR;
    MOLT_ROOTS3(acc, it, x);
    int64_t total = 0;
    enum { INT_PHASE, FLOAT_PHASE, GENERIC } phase = GENERIC;
    FloatSum fs = {0.0, 0.0};
    if (molt_is_int(acc) && molt_int_as_i64(acc, &total)) phase = INT_PHASE;
    else if (molt_is_float(acc)) phase = FLOAT_PHASE, fs.sum = molt_float_value(acc);
    it = molt_iter(iterable);
    if (!it) acc = MOLT_ERR;
    while (acc) {
        x = molt_next(it);
        if (!x) {
            if (molt_err_occurred()) acc = MOLT_ERR;
            else if (phase == INT_PHASE) acc = molt_int_from_i64(total);
            else if (phase == FLOAT_PHASE) acc = molt_float_new(fsum_value(&fs));
            break;
        }
        int64_t v, r;
        if (phase == INT_PHASE) {
            if (exact_int_or_bool(x) && molt_int_as_i64(x, &v) && !__builtin_add_overflow(total, v, &r)) {
                total = r;
                continue;
            }
            acc = molt_int_from_i64(total);
            if (acc) acc = molt_binop(MOLT_OP_ADD, acc, x);
            phase = acc && molt_is_float(acc) ? FLOAT_PHASE : GENERIC;
            if (phase == FLOAT_PHASE) fs = (FloatSum){molt_float_value(acc), 0.0};
        } else if (phase == FLOAT_PHASE) {
            if (molt_is_float(x)) fsum_add(&fs, molt_float_value(x));
            else if (molt_is_int_like(x) && molt_int_as_i64(x, &v)) fs.sum += (double)v;
            else {
                phase = GENERIC;
                acc = molt_float_new(fsum_value(&fs));
                if (acc) acc = molt_binop(MOLT_OP_ADD, acc, x);
            }
        } else {
            acc = molt_binop(MOLT_OP_ADD, acc, x);
        }
    }
    MOLT_UNROOT();
    return acc;
}

static MoltValue any_all(MoltValue iterable, bool want) {
    MoltValue it = molt_iter(iterable);
    if (!it) return MOLT_ERR;
    MOLT_ROOTS1(it);
    MoltValue r = molt_bool(!want);
    for (;;) {
        MoltValue x = molt_next(it);
        if (!x) {
            if (molt_err_occurred()) r = MOLT_ERR;
            break;
        }
        int t = molt_truthy(x);
        if (t < 0) {
            r = MOLT_ERR;
            break;
        }
        if (t == want) {
            r = molt_bool(want);
            break;
        }
    }
    MOLT_UNROOT();
    return r;
}

MoltValue molt_builtin_any(MoltValue iterable) { return any_all(iterable, true); }
MoltValue molt_builtin_all(MoltValue iterable) { return any_all(iterable, false); }

MoltValue molt_builtin_sorted(MoltValue iterable, MoltValue key, bool reverse) {
    MoltValue l = MOLT_ERR;
    MOLT_ROOTS2(key, l);
    l = molt_list_from_iterable(iterable);
    if (l && l == iterable) l = molt_list_copy(iterable); /* list(x) may hand back x itself */
    int r = l ? molt_list_sort(l, key == molt_None ? MOLT_ERR : key, reverse) : -1;
    MOLT_UNROOT();
    return r < 0 ? MOLT_ERR : l;
}

/* min/max: op is MOLT_LT for min, MOLT_GT for max. */
static MoltValue min_max(const char *name, int op, const MoltValue *args, int64_t nargs, MoltValue key, MoltValue dflt) {
    if (key == molt_None) key = MOLT_ERR;
    if (nargs == 0) return molt_err_format(&molt_TypeError, "%s expected at least 1 argument, got 0", name);
    if (nargs > 1 && dflt)
        return molt_err_format(&molt_TypeError, "Cannot specify a default for %s() with multiple positional arguments",
                               name);
    MoltValue seq = nargs == 1 ? args[0] : MOLT_ERR, it = MOLT_ERR, best = MOLT_ERR, bestkey = MOLT_ERR, x = MOLT_ERR,
              kx = MOLT_ERR;
    MoltRootArray ra;
    molt_root_array_push(&ra, args, nargs);
    MOLT_ROOTS4(it, best, bestkey, x);
    MoltCRoots more = {0, {&kx, &key, &dflt, &seq}, 4};
    molt_croots_push(&more);
    MoltValue result = MOLT_ERR;
    if (seq) {
        it = molt_iter(seq);
        if (!it) goto done;
    }
    for (int64_t i = 0;; i++) {
        if (seq) {
            x = molt_next(it);
            if (!x) {
                if (molt_err_occurred()) goto done;
                break;
            }
        } else {
            if (i >= nargs) break;
            x = args[i];
        }
        kx = key ? molt_call(key, &x, 1, MOLT_ERR) : x;
        if (!kx) goto done;
        if (!best) {
            best = x;
            bestkey = kx;
            continue;
        }
        int c = molt_compare_bool(op, kx, bestkey);
        if (c < 0) goto done;
        if (c) {
            best = x;
            bestkey = kx;
        }
    }
    if (best) result = best;
    else if (dflt) result = dflt;
    else molt_err_format(&molt_ValueError, "%s() iterable argument is empty", name);
done:
    molt_croots_pop(&more);
    MOLT_UNROOT();
    molt_root_array_pop(&ra);
    return result;
}

MoltValue molt_builtin_min(const MoltValue *args, int64_t nargs, MoltValue key, MoltValue dflt) {
    return min_max("min", MOLT_LT, args, nargs, key, dflt);
}
MoltValue molt_builtin_max(const MoltValue *args, int64_t nargs, MoltValue key, MoltValue dflt) {
    return min_max("max", MOLT_GT, args, nargs, key, dflt);
}

/* ------------------------------------------------------------ lazy iterators */

typedef struct Lazy {
    MoltObject ob;
    MoltValue fn;      /* map/filter function, enumerate counter */
    MoltValue its;     /* tuple of iterators (zip, map) or a single iterator */
    int64_t index;     /* enumerate's small counter, reversed's position */
    bool strict;       /* zip(strict=True) */
} Lazy;

static void lazy_trace(MoltObject *self, MoltVisitor *v) {
    molt_visit(v, ((Lazy *)self)->fn);
    molt_visit(v, ((Lazy *)self)->its);
}

static MoltValue lazy_iter(MoltValue self) { return self; }

static MoltValue lazy_new(MoltType *t, MoltValue fn, MoltValue its) {
    MOLT_ROOTS2(fn, its);
    MoltValue l = molt_gc_alloc(t, sizeof(Lazy));
    MOLT_UNROOT();
    if (l) {
        ((Lazy *)molt_obj(l))->fn = fn;
        ((Lazy *)molt_obj(l))->its = its;
    }
    return l;
}

/* Tuple of iter(x) for each x. */
static MoltValue iter_all(const MoltValue *xs, int64_t n) {
    MoltRootArray ra;
    molt_root_array_push(&ra, xs, n);
    MoltValue t = molt_tuple_new(n);
    MOLT_ROOTS1(t);
    for (int64_t i = 0; t && i < n; i++) {
        MoltValue it = molt_iter(xs[i]);
        if (!it) t = MOLT_ERR;
        else molt_tuple_items(t)[i] = it;
    }
    MOLT_UNROOT();
    molt_root_array_pop(&ra);
    return t;
}

/* enumerate */
MoltValue molt_builtin_enumerate(MoltValue iterable, MoltValue start) {
    MoltValue counter = start ? molt_index(start) : molt_small(0);
    if (!counter) return MOLT_ERR;
    MOLT_ROOTS1(counter);
    MoltValue it = molt_iter(iterable);
    MoltValue r = it ? lazy_new(&molt_enumerate_type, counter, it) : MOLT_ERR;
    MOLT_UNROOT();
    return r;
}

static MoltValue enumerate_next(MoltValue self) {
    Lazy *l = (Lazy *)molt_obj(self);
    MOLT_ROOTS1(self);
    MoltValue x = molt_next(l->its), r = MOLT_ERR;
    if (x) {
        MOLT_ROOTS1(x);
        l = (Lazy *)molt_obj(self);
        MoltValue i = l->fn;
        MoltValue next = molt_int_add(i, molt_small(1));
        if (next) {
            MOLT_ROOTS1(i);
            ((Lazy *)molt_obj(self))->fn = next;
            r = molt_tuple_pack(2, i, x);
            MOLT_UNROOT();
        }
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return r;
}

/* zip */
MoltValue molt_builtin_zip(const MoltValue *iterables, int64_t n, bool strict) {
    MoltValue its = iter_all(iterables, n);
    if (!its) return MOLT_ERR;
    MoltValue z = lazy_new(&molt_zip_type, MOLT_ERR, its);
    if (z) ((Lazy *)molt_obj(z))->strict = strict;
    return z;
}

static MoltValue zip_next(MoltValue self) {
    Lazy *l = (Lazy *)molt_obj(self);
    int64_t n = molt_tuple_size(l->its);
    if (n == 0) return MOLT_ERR;
    MoltValue t = MOLT_ERR, r = MOLT_ERR;
    MOLT_ROOTS2(self, t);
    t = molt_tuple_new(n);
    for (int64_t i = 0; t && i < n; i++) {
        MoltValue x = molt_next(molt_tuple_items(((Lazy *)molt_obj(self))->its)[i]);
        if (!x) {
            if (!molt_err_occurred() && ((Lazy *)molt_obj(self))->strict) {
                if (i > 0) {
                    molt_err_format(&molt_ValueError, "zip() argument %lld is shorter than argument%s%lld",
                                    (long long)(i + 1), i == 1 ? " " : "s 1-", (long long)i);
                    goto out;
                }
                /* The first ran out: every other one must be exhausted too. */
                for (int64_t j = 1; j < n; j++) {
                    MoltValue y = molt_next(molt_tuple_items(((Lazy *)molt_obj(self))->its)[j]);
                    if (y) {
                        molt_err_format(&molt_ValueError, "zip() argument %lld is longer than argument%s%lld",
                                        (long long)(j + 1), j == 1 ? " " : "s 1-", (long long)j);
                        goto out;
                    }
                    if (molt_err_occurred()) goto out;
                }
            }
            goto out;
        }
        molt_tuple_items(t)[i] = x;
    }
    r = t;
out:
    MOLT_UNROOT();
    return r;
}

/* map */
MoltValue molt_builtin_map(MoltValue fn, const MoltValue *iterables, int64_t n) {
    if (n == 0) return molt_err_set_str(&molt_TypeError, "map() must have at least two arguments.");
    MOLT_ROOTS1(fn);
    MoltValue its = iter_all(iterables, n);
    MoltValue r = its ? lazy_new(&molt_map_type, fn, its) : MOLT_ERR;
    MOLT_UNROOT();
    return r;
}

static MoltValue map_next(MoltValue self) {
    Lazy *l = (Lazy *)molt_obj(self);
    int64_t n = molt_tuple_size(l->its);
    MoltValue args = MOLT_ERR, r = MOLT_ERR;
    MOLT_ROOTS2(self, args);
    args = molt_tuple_new(n);
    for (int64_t i = 0; args && i < n; i++) {
        MoltValue x = molt_next(molt_tuple_items(((Lazy *)molt_obj(self))->its)[i]);
        if (!x) goto out;
        molt_tuple_items(args)[i] = x;
    }
    if (args) r = molt_call(((Lazy *)molt_obj(self))->fn, molt_tuple_items(args), n, MOLT_ERR);
out:
    MOLT_UNROOT();
    return r;
}

/* filter */
MoltValue molt_builtin_filter(MoltValue fn, MoltValue iterable) {
    MOLT_ROOTS1(fn);
    MoltValue it = molt_iter(iterable);
    MoltValue r = it ? lazy_new(&molt_filter_type, fn == molt_None ? MOLT_ERR : fn, it) : MOLT_ERR;
    MOLT_UNROOT();
    return r;
}

static MoltValue filter_next(MoltValue self) {
    MOLT_ROOTS1(self);
    MoltValue r = MOLT_ERR;
    for (;;) {
        Lazy *l = (Lazy *)molt_obj(self);
        MoltValue x = molt_next(l->its);
        if (!x) break;
        MOLT_ROOTS1(x);
        MoltValue test = l->fn ? molt_call(l->fn, &x, 1, MOLT_ERR) : x;
        int t = test ? molt_truthy(test) : -1;
        MOLT_UNROOT();
        if (t < 0) break;
        if (t) {
            r = x;
            break;
        }
    }
    MOLT_UNROOT();
    return r;
}

/* reversed: __reversed__, else the sequence protocol (len + getitem) */
MoltValue molt_builtin_reversed(MoltValue seq) {
    if (molt_is_list(seq)) return molt_list_reversed(seq);
    MoltValue f = molt_lookup_special(seq, "__reversed__");
    if (f) return molt_call_with_self(f, seq, NULL, 0, MOLT_ERR);
    MoltType *t = molt_type_of(seq);
    if (!t->len || !t->getitem || t == &molt_dict_type)
        return molt_err_format(&molt_TypeError, "'%s' object is not reversible", t->name);
    int64_t n = molt_len(seq);
    if (n < 0) return MOLT_ERR;
    MoltValue r = lazy_new(&molt_reversed_type, seq, MOLT_ERR);
    if (r) ((Lazy *)molt_obj(r))->index = n - 1;
    return r;
}

static MoltValue reversed_next(MoltValue self) {
    Lazy *l = (Lazy *)molt_obj(self);
    if (l->index < 0 || !l->fn) return MOLT_ERR;
    MOLT_ROOTS1(self);
    MoltValue r = molt_getitem(l->fn, molt_int_from_i64(l->index));
    MOLT_UNROOT();
    l = (Lazy *)molt_obj(self);
    if (!r) {
        if (molt_err_matches(&molt_IndexError) || molt_err_matches(&molt_StopIteration)) {
            molt_err_clear();
            l->fn = MOLT_ERR;
        }
        return MOLT_ERR;
    }
    l->index--;
    return r;
}

#define LAZY_TYPE(var, pyname, nextfn)                                                               \
    MoltType var = {                                                                                 \
        .ob = {&molt_type_type, 0, 0}, .name = pyname, .base = &molt_object_type,                    \
        .instance_size = sizeof(Lazy), .trace = lazy_trace, .hash = molt_object_hash,                \
        .iter = lazy_iter, .next = nextfn,                                                           \
    }
LAZY_TYPE(molt_enumerate_type, "enumerate", enumerate_next);
LAZY_TYPE(molt_zip_type, "zip", zip_next);
LAZY_TYPE(molt_map_type, "map", map_next);
LAZY_TYPE(molt_filter_type, "filter", filter_next);
LAZY_TYPE(molt_reversed_type, "reversed", reversed_next);

/* ------------------------------------------------------------ builtin function objects */

#define BUILTIN(name) static MoltValue bi_##name(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames)

BUILTIN(sum) {
    (void)callee;
    static const char *const names[] = {NULL, "start"};
    MoltValue a[2];
    if (nargs == 0) return molt_err_set_str(&molt_TypeError, "sum() takes at least 1 positional argument (0 given)");
    if (molt_builtin_args("sum", args, nargs, kwnames, names, 1, 2, a) < 0) return MOLT_ERR;
    return molt_builtin_sum(a[0], a[1]);
}

BUILTIN(any) {
    (void)callee;
    if (molt_arg_no_kwargs("any", kwnames) < 0) return MOLT_ERR;
    if (nargs != 1) return molt_err_format(&molt_TypeError, "any() takes exactly one argument (%lld given)", (long long)nargs);
    return molt_builtin_any(args[0]);
}

BUILTIN(all) {
    (void)callee;
    if (molt_arg_no_kwargs("all", kwnames) < 0) return MOLT_ERR;
    if (nargs != 1) return molt_err_format(&molt_TypeError, "all() takes exactly one argument (%lld given)", (long long)nargs);
    return molt_builtin_all(args[0]);
}

/* Keyword-only options shared by sorted/min/max. */
static int kw_options(const char *fname, const MoltValue *args, int64_t nargs, MoltValue kwnames,
                      const char *const *allowed, MoltValue *out, int nallowed) {
    for (int i = 0; i < nallowed; i++) out[i] = MOLT_ERR;
    for (int64_t k = 0; k < molt_kwnames_count(kwnames); k++) {
        MoltValue key = molt_tuple_items(kwnames)[k];
        int idx = -1;
        for (int i = 0; i < nallowed; i++)
            if (molt_str_eq_cstr(key, allowed[i])) idx = i;
        if (idx < 0) {
            molt_err_format(&molt_TypeError, "'%S' is an invalid keyword argument for %s()", key, fname);
            return -1;
        }
        out[idx] = args[nargs + k];
    }
    return 0;
}

BUILTIN(sorted) {
    (void)callee;
    static const char *const kws[] = {"key", "reverse"};
    MoltValue o[2];
    if (nargs != 1) return molt_err_format(&molt_TypeError, "sorted expected 1 argument, got %lld", (long long)nargs);
    if (kw_options("sorted", args, nargs, kwnames, kws, o, 2) < 0) return MOLT_ERR;
    int rev = o[1] ? molt_truthy(o[1]) : 0;
    if (rev < 0) return MOLT_ERR;
    return molt_builtin_sorted(args[0], o[0], rev);
}

BUILTIN(min) {
    (void)callee;
    static const char *const kws[] = {"key", "default"};
    MoltValue o[2];
    if (kw_options("min", args, nargs, kwnames, kws, o, 2) < 0) return MOLT_ERR;
    return molt_builtin_min(args, nargs, o[0], o[1]);
}

BUILTIN(max) {
    (void)callee;
    static const char *const kws[] = {"key", "default"};
    MoltValue o[2];
    if (kw_options("max", args, nargs, kwnames, kws, o, 2) < 0) return MOLT_ERR;
    return molt_builtin_max(args, nargs, o[0], o[1]);
}

static MoltValue enumerate_new(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    static const char *const names[] = {"iterable", "start"};
    MoltValue a[2];
    if (molt_builtin_args("enumerate", args + 1, nargs - 1, kwnames, names, 1, 2, a) < 0) return MOLT_ERR;
    return molt_builtin_enumerate(a[0], a[1]);
}

static MoltValue zip_new(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    static const char *const kws[] = {"strict"};
    MoltValue o[1];
    if (kw_options("zip", args, nargs, kwnames, kws, o, 1) < 0) return MOLT_ERR;
    int strict = o[0] ? molt_truthy(o[0]) : 0;
    if (strict < 0) return MOLT_ERR;
    return molt_builtin_zip(args + 1, nargs - 1, strict);
}

static MoltValue map_new(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (molt_arg_no_kwargs("map", kwnames) < 0) return MOLT_ERR;
    if (nargs < 3) return molt_err_set_str(&molt_TypeError, "map() must have at least two arguments.");
    return molt_builtin_map(args[1], args + 2, nargs - 2);
}

static MoltValue filter_new(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (molt_arg_no_kwargs("filter", kwnames) < 0) return MOLT_ERR;
    if (nargs != 3) return molt_err_format(&molt_TypeError, "filter expected 2 arguments, got %lld", (long long)(nargs - 1));
    return molt_builtin_filter(args[1], args[2]);
}

static MoltValue reversed_new(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (molt_arg_no_kwargs("reversed", kwnames) < 0) return MOLT_ERR;
    if (nargs != 2) return molt_err_format(&molt_TypeError, "reversed expected 1 argument, got %lld", (long long)(nargs - 1));
    return molt_builtin_reversed(args[1]);
}

void molt_builtins_iter_init(void) {
    static const struct {
        const char *name;
        molt_call_fn fn;
    } fns[] = {{"sum", bi_sum}, {"any", bi_any}, {"all", bi_all}, {"sorted", bi_sorted}, {"min", bi_min}, {"max", bi_max}};
    for (size_t i = 0; i < sizeof fns / sizeof *fns; i++) molt_builtins_add(fns[i].name, molt_builtin_new(fns[i].name, fns[i].fn));
    static const struct {
        MoltType *t;
        molt_call_fn ctor;
    } types[] = {{&molt_enumerate_type, enumerate_new}, {&molt_zip_type, zip_new}, {&molt_map_type, map_new},
                 {&molt_filter_type, filter_new}, {&molt_reversed_type, reversed_new}};
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        molt_type_ready(types[i].t);
        molt_type_add_method(types[i].t, "__new__", types[i].ctor);
        molt_builtins_add(types[i].t->name, molt_val(types[i].t));
    }
}
