/*
 * Method tables of list, tuple, dict, set, frozenset, range, slice, bytes and bytearray: wrappers
 * that parse Python-level arguments and call the C implementations.
 */
#include "molt/bytes.h"
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/int.h"
#include "molt/list.h"
#include "molt/method_args.h"
#include "molt/range.h"
#include "molt/set.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

#define METHOD(name) static MoltValue name(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames)
#define UNUSED (void)callee; (void)kwnames
#define SELF(type, pyname) \
    if (nargs < 1 || !molt_arg_self(args[0], type, pyname)) return MOLT_ERR
#define ARGS(fname, names, min, max, out) \
    if (molt_method_args(fname, args, nargs, kwnames, names, min, max, out) < 0) return MOLT_ERR
#define STATUS(expr) ((expr) < 0 ? MOLT_ERR : molt_None)

/* ---------------------------------------------------------------- list */

METHOD(list_append) {
    UNUSED;
    SELF(&molt_list_type, "append");
    MoltValue a[1];
    ARGS("list.append", NULL, 1, 1, a);
    return STATUS(molt_list_append(args[0], a[0]));
}

METHOD(list_extend) {
    UNUSED;
    SELF(&molt_list_type, "extend");
    MoltValue a[1];
    ARGS("list.extend", NULL, 1, 1, a);
    return STATUS(molt_list_extend(args[0], a[0]));
}

METHOD(list_insert) {
    UNUSED;
    SELF(&molt_list_type, "insert");
    MoltValue a[2];
    int64_t i;
    ARGS("insert", NULL, 2, 2, a);
    if (!molt_arg_i64(a[0], 0, &i)) return MOLT_ERR;
    return STATUS(molt_list_insert(args[0], i, a[1]));
}

METHOD(list_pop) {
    UNUSED;
    SELF(&molt_list_type, "pop");
    MoltValue a[1];
    int64_t i;
    ARGS("pop", NULL, 0, 1, a);
    if (!molt_arg_i64(a[0], -1, &i)) return MOLT_ERR;
    return molt_list_pop(args[0], i);
}

METHOD(list_remove) {
    UNUSED;
    SELF(&molt_list_type, "remove");
    MoltValue a[1];
    ARGS("list.remove", NULL, 1, 1, a);
    return STATUS(molt_list_remove(args[0], a[0]));
}

METHOD(list_index) {
    UNUSED;
    SELF(&molt_list_type, "index");
    MoltValue a[3];
    ARGS("index", NULL, 1, 3, a);
    return molt_list_index(args[0], a[0], a[1], a[2]);
}

METHOD(list_count) {
    UNUSED;
    SELF(&molt_list_type, "count");
    MoltValue a[1];
    ARGS("list.count", NULL, 1, 1, a);
    return molt_list_count(args[0], a[0]);
}

METHOD(list_reverse) {
    UNUSED;
    SELF(&molt_list_type, "reverse");
    ARGS("list.reverse", NULL, 0, 0, NULL);
    molt_list_reverse(args[0]);
    return molt_None;
}

METHOD(list_clear) {
    UNUSED;
    SELF(&molt_list_type, "clear");
    ARGS("list.clear", NULL, 0, 0, NULL);
    molt_list_clear(args[0]);
    return molt_None;
}

METHOD(list_copy) {
    UNUSED;
    SELF(&molt_list_type, "copy");
    ARGS("list.copy", NULL, 0, 0, NULL);
    return molt_list_copy(args[0]);
}

static const char *const sort_names[] = {"key", "reverse"};

METHOD(list_sort) {
    UNUSED;
    SELF(&molt_list_type, "sort");
    if (nargs > 1) return molt_err_format(&molt_TypeError, "sort() takes no positional arguments");
    MoltValue a[2];
    ARGS("sort", sort_names, 0, 2, a);
    int rev = a[1] ? molt_truthy(a[1]) : 0;
    if (rev < 0) return MOLT_ERR;
    return STATUS(molt_list_sort(args[0], a[0], rev != 0));
}

/* __new__(cls, ...): an empty instance of cls, which must be base or a subclass of it. The
 * contents come from __init__, so subclasses that override __init__ behave as in CPython. */
static MoltValue empty_instance(const MoltValue *args, int64_t nargs, MoltType *base) {
    if (nargs < 1 || !molt_is_ptr(args[0]) || !molt_isinstance_type(args[0], &molt_type_type))
        return molt_err_format(&molt_TypeError, "%s.__new__(X): X is not a type object", base->name);
    MoltType *cls = (MoltType *)molt_obj(args[0]);
    if (!molt_is_subtype(cls, base))
        return molt_err_format(&molt_TypeError, "%s.__new__(%s): %s is not a subtype of %s", base->name, cls->name,
                               cls->name, base->name);
    if (base == &molt_list_type && cls == base) return molt_list_new(0);
    if (base == &molt_dict_type && cls == base) return molt_dict_new();
    if (base == &molt_set_type || base == &molt_frozenset_type) return molt_set_new_of_type(cls);
    return molt_gc_alloc(cls, cls->instance_size);
}

METHOD(list_new) {
    UNUSED;
    return empty_instance(args, nargs, &molt_list_type);
}

METHOD(list_init) {
    UNUSED;
    SELF(&molt_list_type, "__init__");
    if (molt_arg_no_kwargs("list", kwnames) < 0) return MOLT_ERR;
    if (nargs > 2) return molt_err_format(&molt_TypeError, "list expected at most 1 argument, got %lld", (long long)(nargs - 1));
    molt_list_clear(args[0]);
    return nargs == 2 ? STATUS(molt_list_extend(args[0], args[1])) : molt_None;
}

METHOD(list_reversed) {
    UNUSED;
    SELF(&molt_list_type, "__reversed__");
    return molt_list_reversed(args[0]);
}

/* ---------------------------------------------------------------- tuple */

METHOD(tuple_count) {
    UNUSED;
    SELF(&molt_tuple_type, "count");
    MoltValue a[1];
    ARGS("tuple.count", NULL, 1, 1, a);
    return molt_tuple_count(args[0], a[0]);
}

METHOD(tuple_index) {
    UNUSED;
    SELF(&molt_tuple_type, "index");
    MoltValue a[3];
    ARGS("index", NULL, 1, 3, a);
    return molt_tuple_index(args[0], a[0], a[1], a[2]);
}

METHOD(tuple_new) {
    UNUSED;
    MoltValue a[1];
    ARGS("tuple", NULL, 0, 1, a);
    return a[0] ? molt_tuple_from_iterable(a[0]) : molt_tuple_empty();
}

/* ---------------------------------------------------------------- dict */

METHOD(dict_get) {
    UNUSED;
    SELF(&molt_dict_type, "get");
    MoltValue a[2];
    ARGS("get", NULL, 1, 2, a);
    return molt_dict_get(args[0], a[0], a[1]);
}

METHOD(dict_setdefault) {
    UNUSED;
    SELF(&molt_dict_type, "setdefault");
    MoltValue a[2];
    ARGS("setdefault", NULL, 1, 2, a);
    return molt_dict_setdefault(args[0], a[0], a[1]);
}

METHOD(dict_pop) {
    UNUSED;
    SELF(&molt_dict_type, "pop");
    MoltValue a[2];
    ARGS("pop", NULL, 1, 2, a);
    return molt_dict_pop(args[0], a[0], a[1]);
}

METHOD(dict_popitem) {
    UNUSED;
    SELF(&molt_dict_type, "popitem");
    ARGS("dict.popitem", NULL, 0, 0, NULL);
    return molt_dict_popitem(args[0]);
}

/* update(other=(), **kwargs): shared by dict() and dict.update(). */
static int update_from_args(MoltValue d, const MoltValue *args, int64_t nargs, MoltValue kwnames, const char *fname) {
    int64_t npos = nargs - 1, nkw = molt_kwnames_count(kwnames);
    if (npos > 1) {
        molt_err_format(&molt_TypeError, "%s expected at most 1 argument, got %lld", fname, (long long)npos);
        return -1;
    }
    MOLT_ROOTS1(d);
    int rc = npos == 1 ? molt_dict_update(d, args[1]) : 0;
    for (int64_t k = 0; rc == 0 && k < nkw; k++) rc = molt_dict_setitem(d, molt_tuple_items(kwnames)[k], args[nargs + k]);
    MOLT_UNROOT();
    return rc;
}

METHOD(dict_ior) {
    UNUSED;
    SELF(&molt_dict_type, "__ior__");
    MoltValue a[1];
    ARGS("__ior__", NULL, 1, 1, a);
    return molt_dict_update(args[0], a[0]) < 0 ? MOLT_ERR : args[0];
}

METHOD(dict_update) {
    UNUSED;
    SELF(&molt_dict_type, "update");
    return STATUS(update_from_args(args[0], args, nargs, kwnames, "update"));
}

METHOD(dict_new) {
    UNUSED;
    return empty_instance(args, nargs, &molt_dict_type);
}

METHOD(dict_init) {
    UNUSED;
    SELF(&molt_dict_type, "__init__");
    return STATUS(update_from_args(args[0], args, nargs, kwnames, "dict"));
}

#define DICT_NOARG(cname, pyname, fn)                   \
    METHOD(cname) {                                     \
        UNUSED;                                         \
        SELF(&molt_dict_type, pyname);                  \
        ARGS("dict." pyname, NULL, 0, 0, NULL);         \
        return fn(args[0]);                             \
    }

DICT_NOARG(dict_keys, "keys", molt_dict_keys)
DICT_NOARG(dict_values, "values", molt_dict_values)
DICT_NOARG(dict_items, "items", molt_dict_items)
DICT_NOARG(dict_copy, "copy", molt_dict_copy)

METHOD(dict_clear) {
    UNUSED;
    SELF(&molt_dict_type, "clear");
    ARGS("dict.clear", NULL, 0, 0, NULL);
    molt_dict_clear(args[0]);
    return molt_None;
}

/* Class method: args[0] is the class. */
METHOD(dict_fromkeys) {
    UNUSED;
    MoltValue a[2];
    ARGS("fromkeys", NULL, 1, 2, a);
    return molt_dict_fromkeys(a[0], a[1]);
}

METHOD(dict_getitem) {
    UNUSED;
    SELF(&molt_dict_type, "__getitem__");
    MoltValue a[1];
    ARGS("__getitem__", NULL, 1, 1, a);
    return molt_dict_getitem(args[0], a[0]);
}

METHOD(dict_contains) {
    UNUSED;
    SELF(&molt_dict_type, "__contains__");
    MoltValue a[1];
    ARGS("__contains__", NULL, 1, 1, a);
    int r = molt_dict_contains(args[0], a[0]);
    return r < 0 ? MOLT_ERR : molt_bool(r);
}

/* ---------------------------------------------------------------- set / frozenset */

#define SET_ONE(cname, pyname, stmt)                        \
    METHOD(cname) {                                         \
        UNUSED;                                             \
        SELF(&molt_set_type, pyname);                       \
        MoltValue a[1];                                     \
        ARGS("set." pyname, NULL, 1, 1, a);                 \
        stmt;                                               \
    }

SET_ONE(set_add, "add", return STATUS(molt_set_add(args[0], a[0])))
SET_ONE(set_discard, "discard", return STATUS(molt_set_discard(args[0], a[0])))
SET_ONE(set_remove, "remove", return STATUS(molt_set_remove(args[0], a[0])))

METHOD(set_pop) {
    UNUSED;
    SELF(&molt_set_type, "pop");
    ARGS("set.pop", NULL, 0, 0, NULL);
    return molt_set_pop(args[0]);
}

METHOD(set_clear) {
    UNUSED;
    SELF(&molt_set_type, "clear");
    ARGS("set.clear", NULL, 0, 0, NULL);
    molt_set_clear(args[0]);
    return molt_None;
}

/* Checks self is a set or frozenset. */
static bool anyset_self(const MoltValue *args, int64_t nargs, const char *pyname) {
    if (nargs >= 1 && molt_is_anyset(args[0])) return true;
    if (nargs >= 1) return molt_arg_self(args[0], &molt_set_type, pyname);
    molt_err_format(&molt_TypeError, "descriptor '%s' of 'set' object needs an argument", pyname);
    return false;
}

METHOD(set_copy) {
    UNUSED;
    if (!anyset_self(args, nargs, "copy")) return MOLT_ERR;
    ARGS("copy", NULL, 0, 0, NULL);
    if (molt_obj(args[0])->type == &molt_frozenset_type) return args[0];
    return molt_set_copy(args[0]);
}

/* Variadic algebra methods: s.union(*others). */
typedef MoltValue (*set_binary)(MoltValue, MoltValue);

static MoltValue fold(const MoltValue *args, int64_t nargs, MoltValue kwnames, const char *pyname, set_binary op) {
    if (!anyset_self(args, nargs, pyname)) return MOLT_ERR;
    if (molt_arg_no_kwargs(pyname, kwnames) < 0) return MOLT_ERR;
    MoltValue acc = args[0];
    if (nargs == 1) return molt_obj(acc)->type == &molt_frozenset_type ? acc : molt_set_copy(acc);
    MOLT_ROOTS1(acc);
    for (int64_t i = 1; i < nargs && acc; i++) acc = op(acc, args[i]);
    MOLT_UNROOT();
    return acc;
}

METHOD(set_union) { UNUSED; return fold(args, nargs, kwnames, "union", molt_set_union); }
METHOD(set_intersection) { UNUSED; return fold(args, nargs, kwnames, "intersection", molt_set_intersection); }
METHOD(set_difference) { UNUSED; return fold(args, nargs, kwnames, "difference", molt_set_difference); }

#define ANYSET_ONE(cname, pyname, fn)                      \
    METHOD(cname) {                                        \
        UNUSED;                                            \
        if (!anyset_self(args, nargs, pyname)) return MOLT_ERR; \
        MoltValue a[1];                                    \
        ARGS(pyname, NULL, 1, 1, a);                       \
        return fn(args[0], a[0]);                          \
    }

ANYSET_ONE(set_symmetric_difference, "symmetric_difference", molt_set_symmetric_difference)
ANYSET_ONE(set_issubset, "issubset", molt_set_issubset)
ANYSET_ONE(set_issuperset, "issuperset", molt_set_issuperset)
ANYSET_ONE(set_isdisjoint, "isdisjoint", molt_set_isdisjoint)

typedef int (*set_update_fn)(MoltValue, MoltValue);

static MoltValue update_all(const MoltValue *args, int64_t nargs, MoltValue kwnames, const char *pyname, set_update_fn fn) {
    if (nargs < 1 || !molt_arg_self(args[0], &molt_set_type, pyname)) return MOLT_ERR;
    if (molt_arg_no_kwargs(pyname, kwnames) < 0) return MOLT_ERR;
    for (int64_t i = 1; i < nargs; i++)
        if (fn(args[0], args[i]) < 0) return MOLT_ERR;
    return molt_None;
}

METHOD(set_update) { UNUSED; return update_all(args, nargs, kwnames, "update", molt_set_update); }
METHOD(set_intersection_update) {
    UNUSED;
    return update_all(args, nargs, kwnames, "intersection_update", molt_set_intersection_update);
}
METHOD(set_difference_update) {
    UNUSED;
    return update_all(args, nargs, kwnames, "difference_update", molt_set_difference_update);
}

METHOD(set_symmetric_difference_update) {
    UNUSED;
    SELF(&molt_set_type, "symmetric_difference_update");
    MoltValue a[1];
    ARGS("set.symmetric_difference_update", NULL, 1, 1, a);
    return STATUS(molt_set_symmetric_difference_update(args[0], a[0]));
}

/* s |= o etc.: NotImplemented unless o is a set (CPython's set_ior and friends). */
#define SET_INPLACE(cname, op)                                                \
    METHOD(cname) {                                                           \
        UNUSED;                                                               \
        SELF(&molt_set_type, "__i__");                                        \
        MoltValue a[1];                                                       \
        ARGS("__i__", NULL, 1, 1, a);                                         \
        return molt_set_inplace_op(op, args[0], a[0]);                        \
    }

SET_INPLACE(set_ior, MOLT_OP_OR)
SET_INPLACE(set_iand, MOLT_OP_AND)
SET_INPLACE(set_isub, MOLT_OP_SUB)
SET_INPLACE(set_ixor, MOLT_OP_XOR)

METHOD(set_new) {
    UNUSED;
    return empty_instance(args, nargs, &molt_set_type);
}

METHOD(set_init) {
    UNUSED;
    SELF(&molt_set_type, "__init__");
    if (molt_arg_no_kwargs("set", kwnames) < 0) return MOLT_ERR;
    if (nargs > 2) return molt_err_format(&molt_TypeError, "set expected at most 1 argument, got %lld", (long long)(nargs - 1));
    molt_set_clear(args[0]);
    return nargs == 2 ? STATUS(molt_set_update(args[0], args[1])) : molt_None;
}

/* frozenset is immutable: __new__ fills it (frozenset(fs) is fs itself for the exact type). */
METHOD(frozenset_new) {
    UNUSED;
    if (molt_arg_no_kwargs("frozenset", kwnames) < 0) return MOLT_ERR;
    if (nargs > 2)
        return molt_err_format(&molt_TypeError, "frozenset expected at most 1 argument, got %lld", (long long)(nargs - 1));
    if (nargs >= 1 && args[0] == molt_val(&molt_frozenset_type))
        return nargs == 2 ? molt_frozenset_from_iterable(args[1]) : molt_frozenset_new();
    MoltValue s = empty_instance(args, nargs, &molt_frozenset_type);
    if (!s || nargs < 2) return s;
    MOLT_ROOTS1(s);
    int rc = molt_set_update(s, args[1]);
    MOLT_UNROOT();
    return rc < 0 ? MOLT_ERR : s;
}

/* ---------------------------------------------------------------- range / slice */

METHOD(range_new) {
    UNUSED;
    if (molt_arg_no_kwargs("range", kwnames) < 0) return MOLT_ERR;
    return molt_range_from_args(args + 1, nargs - 1);
}

METHOD(range_index) {
    UNUSED;
    SELF(&molt_range_type, "index");
    MoltValue a[1];
    ARGS("range.index", NULL, 1, 1, a);
    return molt_range_index(args[0], a[0]);
}

METHOD(range_count) {
    UNUSED;
    SELF(&molt_range_type, "count");
    MoltValue a[1];
    ARGS("range.count", NULL, 1, 1, a);
    return molt_range_count(args[0], a[0]);
}

METHOD(range_start) { UNUSED; (void)nargs; (void)kwnames; return molt_int_from_i64(((MoltRange *)molt_obj(args[0]))->start); }
METHOD(range_stop) { UNUSED; (void)nargs; (void)kwnames; return molt_int_from_i64(((MoltRange *)molt_obj(args[0]))->stop); }
METHOD(range_step) { UNUSED; (void)nargs; (void)kwnames; return molt_int_from_i64(((MoltRange *)molt_obj(args[0]))->step); }

METHOD(slice_new) {
    UNUSED;
    if (molt_arg_no_kwargs("slice", kwnames) < 0) return MOLT_ERR;
    if (nargs < 2) return molt_err_format(&molt_TypeError, "slice expected at least 1 argument, got 0");
    if (nargs > 4) return molt_err_format(&molt_TypeError, "slice expected at most 3 arguments, got %lld", (long long)(nargs - 1));
    if (nargs == 2) return molt_slice_new(molt_None, args[1], molt_None);
    return molt_slice_new(args[1], args[2], nargs == 4 ? args[3] : molt_None);
}

METHOD(slice_start) { UNUSED; (void)nargs; (void)kwnames; return ((MoltSlice *)molt_obj(args[0]))->start; }
METHOD(slice_stop) { UNUSED; (void)nargs; (void)kwnames; return ((MoltSlice *)molt_obj(args[0]))->stop; }
METHOD(slice_step) { UNUSED; (void)nargs; (void)kwnames; return ((MoltSlice *)molt_obj(args[0]))->step; }

METHOD(slice_indices) {
    UNUSED;
    SELF(&molt_slice_type, "indices");
    MoltValue a[1];
    int64_t len, start, stop, step;
    ARGS("slice.indices", NULL, 1, 1, a);
    if (!molt_arg_i64(a[0], 0, &len)) return MOLT_ERR;
    if (len < 0) return molt_err_format(&molt_ValueError, "length should not be negative");
    if (molt_slice_indices(args[0], len, &start, &stop, &step) < 0) return MOLT_ERR;
    return molt_tuple_pack(3, molt_int_from_i64(start), molt_int_from_i64(stop), molt_int_from_i64(step));
}

/* ---------------------------------------------------------------- bytes / bytearray */

static bool bytes_self(const MoltValue *args, int64_t nargs, const char *pyname) {
    const unsigned char *d;
    int64_t n;
    if (nargs >= 1 && molt_bytes_view(args[0], &d, &n)) return true;
    if (nargs >= 1) return molt_arg_self(args[0], &molt_bytes_type, pyname);
    return false;
}

static const char *const decode_names[] = {"encoding", "errors"};

METHOD(bytes_decode) {
    UNUSED;
    if (!bytes_self(args, nargs, "decode")) return MOLT_ERR;
    MoltValue a[2];
    ARGS("decode", decode_names, 0, 2, a);
    return molt_bytes_decode(args[0], a[0], a[1]);
}

METHOD(bytes_hex) {
    UNUSED;
    if (!bytes_self(args, nargs, "hex")) return MOLT_ERR;
    ARGS("hex", NULL, 0, 0, NULL);
    return molt_bytes_hex(args[0]);
}

#define BYTES_SUBRANGE(cname, pyname, fn)                   \
    METHOD(cname) {                                         \
        UNUSED;                                             \
        if (!bytes_self(args, nargs, pyname)) return MOLT_ERR; \
        MoltValue a[3];                                     \
        ARGS(pyname, NULL, 1, 3, a);                        \
        return fn(args[0], a[0], a[1], a[2]);               \
    }

BYTES_SUBRANGE(bytes_find, "find", molt_bytes_find)
BYTES_SUBRANGE(bytes_count, "count", molt_bytes_count)
BYTES_SUBRANGE(bytes_rfind, "rfind", molt_bytes_rfind)

#define BYTES_NOARG(cname, pyname, fn)                      \
    METHOD(cname) {                                         \
        UNUSED;                                             \
        if (!bytes_self(args, nargs, pyname)) return MOLT_ERR; \
        ARGS(pyname, NULL, 0, 0, NULL);                     \
        return fn(args[0]);                                 \
    }

BYTES_NOARG(bytes_isdigit, "isdigit", molt_bytes_isdigit)
BYTES_NOARG(bytes_isalpha, "isalpha", molt_bytes_isalpha)
BYTES_NOARG(bytes_isalnum, "isalnum", molt_bytes_isalnum)
BYTES_NOARG(bytes_isspace, "isspace", molt_bytes_isspace)
BYTES_NOARG(bytes_isupper, "isupper", molt_bytes_isupper)
BYTES_NOARG(bytes_islower, "islower", molt_bytes_islower)

#define BYTES_ONEOPT(cname, pyname, call)                   \
    METHOD(cname) {                                         \
        UNUSED;                                             \
        if (!bytes_self(args, nargs, pyname)) return MOLT_ERR; \
        MoltValue a[1];                                     \
        ARGS(pyname, NULL, 0, 1, a);                        \
        return call;                                        \
    }

BYTES_ONEOPT(bytes_lstrip, "lstrip", molt_bytes_lstrip(args[0], a[0]))
BYTES_ONEOPT(bytes_rstrip, "rstrip", molt_bytes_rstrip(args[0], a[0]))

#define BYTES_ONE(cname, pyname, call)                      \
    METHOD(cname) {                                         \
        UNUSED;                                             \
        if (!bytes_self(args, nargs, pyname)) return MOLT_ERR; \
        MoltValue a[1];                                     \
        ARGS(pyname, NULL, 1, 1, a);                        \
        return call;                                        \
    }

BYTES_ONE(bytes_partition, "partition", molt_bytes_partition(args[0], a[0], false))
BYTES_ONE(bytes_rpartition, "rpartition", molt_bytes_partition(args[0], a[0], true))
BYTES_SUBRANGE(bytes_startswith, "startswith", molt_bytes_startswith)
BYTES_SUBRANGE(bytes_endswith, "endswith", molt_bytes_endswith)

METHOD(bytes_index) {
    UNUSED;
    if (!bytes_self(args, nargs, "index")) return MOLT_ERR;
    MoltValue a[3];
    ARGS("index", NULL, 1, 3, a);
    MoltValue r = molt_bytes_find(args[0], a[0], a[1], a[2]);
    if (r == molt_small(-1)) return molt_err_format(&molt_ValueError, "subsection not found");
    return r;
}

METHOD(bytes_join) {
    UNUSED;
    if (!bytes_self(args, nargs, "join")) return MOLT_ERR;
    MoltValue a[1];
    ARGS("join", NULL, 1, 1, a);
    return molt_bytes_join(args[0], a[0]);
}

METHOD(bytes_replace) {
    UNUSED;
    if (!bytes_self(args, nargs, "replace")) return MOLT_ERR;
    MoltValue a[3];
    int64_t count;
    ARGS("replace", NULL, 2, 3, a);
    if (!molt_arg_i64(a[2], -1, &count)) return MOLT_ERR;
    return molt_bytes_replace(args[0], a[0], a[1], count);
}

METHOD(bytes_split) {
    UNUSED;
    if (!bytes_self(args, nargs, "split")) return MOLT_ERR;
    static const char *const names[] = {"sep", "maxsplit"};
    MoltValue a[2];
    int64_t maxsplit;
    ARGS("split", names, 0, 2, a);
    if (!molt_arg_i64(a[1], -1, &maxsplit)) return MOLT_ERR;
    return molt_bytes_split(args[0], a[0], maxsplit);
}

METHOD(bytes_strip) {
    UNUSED;
    if (!bytes_self(args, nargs, "strip")) return MOLT_ERR;
    MoltValue a[1];
    ARGS("strip", NULL, 0, 1, a);
    return molt_bytes_strip(args[0], a[0]);
}

METHOD(bytes_upper) {
    UNUSED;
    if (!bytes_self(args, nargs, "upper")) return MOLT_ERR;
    ARGS("upper", NULL, 0, 0, NULL);
    return molt_bytes_upper(args[0]);
}

METHOD(bytes_lower) {
    UNUSED;
    if (!bytes_self(args, nargs, "lower")) return MOLT_ERR;
    ARGS("lower", NULL, 0, 0, NULL);
    return molt_bytes_lower(args[0]);
}

/* Class method: args[0] is the class. */
METHOD(bytes_fromhex) {
    UNUSED;
    MoltValue a[1];
    ARGS("fromhex", NULL, 1, 1, a);
    MoltType *t = molt_is_ptr(args[0]) && molt_obj(args[0])->type == &molt_type_type ? (MoltType *)molt_obj(args[0])
                                                                                     : &molt_bytes_type;
    return molt_bytes_fromhex(t, a[0]);
}

static const char *const bytes_new_names[] = {"source", "encoding", "errors"};

static MoltValue bytes_new_common(const MoltValue *args, int64_t nargs, MoltValue kwnames, bool ba) {
    MoltValue a[3];
    ARGS(ba ? "bytearray" : "bytes", bytes_new_names, 0, 3, a);
    if (!a[0]) {
        if (a[1] || a[2]) return molt_err_format(&molt_TypeError, "encoding or errors without sequence argument");
        return ba ? molt_bytearray_from(NULL, 0) : molt_bytes_from("", 0);
    }
    if (a[1] || a[2]) {
        if (!molt_is_str(a[0])) return molt_err_format(&molt_TypeError, "encoding without a string argument");
        MoltValue b = molt_str_encode(a[0], a[1], a[2]);
        if (!b || !ba) return b;
        return molt_bytearray_from_object(b);
    }
    return ba ? molt_bytearray_from_object(a[0]) : molt_bytes_from_object(a[0]);
}

METHOD(bytes_new) { UNUSED; return bytes_new_common(args, nargs, kwnames, false); }
METHOD(bytearray_new) { UNUSED; return bytes_new_common(args, nargs, kwnames, true); }

METHOD(bytearray_append) {
    UNUSED;
    SELF(&molt_bytearray_type, "append");
    MoltValue a[1];
    ARGS("bytearray.append", NULL, 1, 1, a);
    return STATUS(molt_bytearray_append(args[0], a[0]));
}

METHOD(bytearray_extend) {
    UNUSED;
    SELF(&molt_bytearray_type, "extend");
    MoltValue a[1];
    ARGS("bytearray.extend", NULL, 1, 1, a);
    return STATUS(molt_bytearray_extend(args[0], a[0]));
}

METHOD(bytearray_iadd) {
    UNUSED;
    SELF(&molt_bytearray_type, "__iadd__");
    MoltValue a[1];
    const unsigned char *d;
    int64_t n;
    ARGS("__iadd__", NULL, 1, 1, a);
    if (!molt_bytes_view(a[0], &d, &n))
        return molt_err_format(&molt_TypeError, "can't concat %T to bytearray", a[0]);
    return molt_bytearray_extend(args[0], a[0]) < 0 ? MOLT_ERR : args[0];
}

METHOD(bytearray_pop) {
    UNUSED;
    SELF(&molt_bytearray_type, "pop");
    MoltValue a[1];
    int64_t i;
    ARGS("pop", NULL, 0, 1, a);
    if (!molt_arg_i64(a[0], -1, &i)) return MOLT_ERR;
    return molt_bytearray_pop(args[0], i);
}

/* ---------------------------------------------------------------- registration */

typedef struct {
    const char *name;
    molt_call_fn fn;
} MethodDef;

static int add_all(MoltType *t, const MethodDef *defs, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (molt_type_add_method(t, defs[i].name, defs[i].fn) < 0) return -1;
    return 0;
}

static int add_classmethod(MoltType *t, const char *name, molt_call_fn fn) {
    MoltValue f = molt_builtin_new(name, fn);
    if (!f) return -1;
    MoltValue cm = molt_classmethod_new(f);
    return cm ? molt_type_set_attr_cstr(t, name, cm) : -1;
}

static int add_property(MoltType *t, const char *name, molt_call_fn fn) {
    MoltValue f = molt_builtin_new(name, fn);
    if (!f) return -1;
    MoltValue p = molt_property_new(f, MOLT_ERR, MOLT_ERR);
    return p ? molt_type_set_attr_cstr(t, name, p) : -1;
}

#define ADD(t, defs) add_all(t, defs, sizeof defs / sizeof *defs)

int molt_container_methods_init(void) {
    static const MethodDef list_defs[] = {
        {"__new__", list_new}, {"__init__", list_init}, {"append", list_append}, {"extend", list_extend}, {"insert", list_insert},
        {"pop", list_pop}, {"remove", list_remove}, {"index", list_index}, {"count", list_count},
        {"reverse", list_reverse}, {"clear", list_clear}, {"copy", list_copy}, {"sort", list_sort},
        {"__reversed__", list_reversed},
    };
    static const MethodDef tuple_defs[] = {{"__new__", tuple_new}, {"count", tuple_count}, {"index", tuple_index}};
    static const MethodDef dict_defs[] = {
        {"__new__", dict_new}, {"__init__", dict_init}, {"get", dict_get}, {"setdefault", dict_setdefault}, {"pop", dict_pop},
        {"popitem", dict_popitem}, {"update", dict_update}, {"keys", dict_keys}, {"values", dict_values},
        {"items", dict_items}, {"copy", dict_copy}, {"clear", dict_clear}, {"__getitem__", dict_getitem},
        {"__contains__", dict_contains}, {"__ior__", dict_ior},
    };
    static const MethodDef set_defs[] = {
        {"__new__", set_new}, {"__init__", set_init}, {"add", set_add}, {"discard", set_discard}, {"remove", set_remove},
        {"pop", set_pop}, {"clear", set_clear}, {"copy", set_copy}, {"union", set_union},
        {"intersection", set_intersection}, {"difference", set_difference},
        {"symmetric_difference", set_symmetric_difference}, {"issubset", set_issubset},
        {"issuperset", set_issuperset}, {"isdisjoint", set_isdisjoint}, {"update", set_update},
        {"intersection_update", set_intersection_update}, {"difference_update", set_difference_update},
        {"symmetric_difference_update", set_symmetric_difference_update}, {"__ior__", set_ior},
        {"__iand__", set_iand}, {"__isub__", set_isub}, {"__ixor__", set_ixor},
    };
    static const MethodDef frozenset_defs[] = {
        {"__new__", frozenset_new}, {"copy", set_copy}, {"union", set_union},
        {"intersection", set_intersection}, {"difference", set_difference},
        {"symmetric_difference", set_symmetric_difference}, {"issubset", set_issubset},
        {"issuperset", set_issuperset}, {"isdisjoint", set_isdisjoint},
    };
    static const MethodDef range_defs[] = {{"__new__", range_new}, {"index", range_index}, {"count", range_count}};
    static const MethodDef slice_defs[] = {{"__new__", slice_new}, {"indices", slice_indices}};
    static const MethodDef bytes_common[] = {
        {"decode", bytes_decode}, {"hex", bytes_hex}, {"find", bytes_find}, {"count", bytes_count},
        {"index", bytes_index}, {"startswith", bytes_startswith}, {"endswith", bytes_endswith},
        {"join", bytes_join}, {"replace", bytes_replace}, {"split", bytes_split}, {"strip", bytes_strip},
        {"upper", bytes_upper}, {"lower", bytes_lower}, {"rfind", bytes_rfind}, {"isdigit", bytes_isdigit},
        {"isalpha", bytes_isalpha}, {"isalnum", bytes_isalnum}, {"isspace", bytes_isspace},
        {"isupper", bytes_isupper}, {"islower", bytes_islower}, {"lstrip", bytes_lstrip}, {"rstrip", bytes_rstrip},
        {"partition", bytes_partition}, {"rpartition", bytes_rpartition},
    };
    static const MethodDef bytes_defs[] = {{"__new__", bytes_new}};
    static const MethodDef bytearray_defs[] = {
        {"__new__", bytearray_new}, {"append", bytearray_append}, {"extend", bytearray_extend},
        {"pop", bytearray_pop}, {"__iadd__", bytearray_iadd},
    };
    if (ADD(&molt_list_type, list_defs) < 0 || ADD(&molt_tuple_type, tuple_defs) < 0 ||
        ADD(&molt_dict_type, dict_defs) < 0 || ADD(&molt_set_type, set_defs) < 0 ||
        ADD(&molt_frozenset_type, frozenset_defs) < 0 || ADD(&molt_range_type, range_defs) < 0 ||
        ADD(&molt_slice_type, slice_defs) < 0 || ADD(&molt_bytes_type, bytes_common) < 0 ||
        ADD(&molt_bytes_type, bytes_defs) < 0 || ADD(&molt_bytearray_type, bytes_common) < 0 ||
        ADD(&molt_bytearray_type, bytearray_defs) < 0)
        return -1;
    if (add_classmethod(&molt_dict_type, "fromkeys", dict_fromkeys) < 0 ||
        add_classmethod(&molt_bytes_type, "fromhex", bytes_fromhex) < 0 ||
        add_classmethod(&molt_bytearray_type, "fromhex", bytes_fromhex) < 0)
        return -1;
    if (add_property(&molt_range_type, "start", range_start) < 0 || add_property(&molt_range_type, "stop", range_stop) < 0 ||
        add_property(&molt_range_type, "step", range_step) < 0 || add_property(&molt_slice_type, "start", slice_start) < 0 ||
        add_property(&molt_slice_type, "stop", slice_stop) < 0 || add_property(&molt_slice_type, "step", slice_step) < 0)
        return -1;
    return 0;
}
