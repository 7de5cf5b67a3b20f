/*
 * Special methods by name (__len__, __getitem__, __iter__, __next__, __eq__, __add__, ...) for the
 * container types and their iterators. Each wrapper calls the slot of self's type, so
 * `d.__getitem__` or `it.__next__()` behave exactly like the operators.
 */
#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/int.h"
#include "molt/method_args.h"
#include "molt/type.h"

#define WRAPPER(name) static MoltValue name(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames)

static bool arity(const MoltValue *args, int64_t nargs, MoltValue kwnames, const char *name, int n) {
    MoltValue out[2];
    (void)args;
    if (nargs < 1) {
        molt_err_format(&molt_TypeError, "descriptor '%s' needs an argument", name);
        return false;
    }
    return molt_method_args(name, args, nargs, kwnames, NULL, n, n, out) == 0;
}

WRAPPER(w_len) {
    (void)callee;
    if (!arity(args, nargs, kwnames, "__len__", 0)) return MOLT_ERR;
    int64_t n = molt_len(args[0]);
    return n < 0 ? MOLT_ERR : molt_int_from_i64(n);
}

WRAPPER(w_getitem) {
    (void)callee;
    if (!arity(args, nargs, kwnames, "__getitem__", 1)) return MOLT_ERR;
    return molt_getitem(args[0], args[1]);
}

WRAPPER(w_setitem) {
    (void)callee;
    if (!arity(args, nargs, kwnames, "__setitem__", 2)) return MOLT_ERR;
    return molt_setitem(args[0], args[1], args[2]) < 0 ? MOLT_ERR : molt_None;
}

WRAPPER(w_delitem) {
    (void)callee;
    if (!arity(args, nargs, kwnames, "__delitem__", 1)) return MOLT_ERR;
    return molt_delitem(args[0], args[1]) < 0 ? MOLT_ERR : molt_None;
}

WRAPPER(w_contains) {
    (void)callee;
    if (!arity(args, nargs, kwnames, "__contains__", 1)) return MOLT_ERR;
    int r = molt_contains(args[0], args[1]);
    return r < 0 ? MOLT_ERR : molt_bool(r);
}

WRAPPER(w_iter) {
    (void)callee;
    if (!arity(args, nargs, kwnames, "__iter__", 0)) return MOLT_ERR;
    return molt_iter(args[0]);
}

WRAPPER(w_next) {
    (void)callee;
    if (!arity(args, nargs, kwnames, "__next__", 0)) return MOLT_ERR;
    MoltValue v = molt_next(args[0]);
    if (!v && !molt_err_occurred()) return molt_err_set_str(&molt_StopIteration, "");
    return v;
}

WRAPPER(w_repr) {
    (void)callee;
    if (!arity(args, nargs, kwnames, "__repr__", 0)) return MOLT_ERR;
    return molt_repr(args[0]);
}

WRAPPER(w_hash) {
    (void)callee;
    if (!arity(args, nargs, kwnames, "__hash__", 0)) return MOLT_ERR;
    int64_t h = molt_hash(args[0]);
    return h == -1 ? MOLT_ERR : molt_int_from_i64(h);
}

/* Comparisons return NotImplemented for foreign operands, like the slot itself. */
static MoltValue compare(const MoltValue *args, int64_t nargs, MoltValue kwnames, const char *name, int op) {
    if (!arity(args, nargs, kwnames, name, 1)) return MOLT_ERR;
    molt_richcmp_fn f = molt_type_of(args[0])->richcmp;
    return f ? f(args[0], args[1], op) : molt_NotImplemented;
}

WRAPPER(w_eq) { (void)callee; return compare(args, nargs, kwnames, "__eq__", MOLT_EQ); }
WRAPPER(w_ne) { (void)callee; return compare(args, nargs, kwnames, "__ne__", MOLT_NE); }
WRAPPER(w_lt) { (void)callee; return compare(args, nargs, kwnames, "__lt__", MOLT_LT); }
WRAPPER(w_le) { (void)callee; return compare(args, nargs, kwnames, "__le__", MOLT_LE); }
WRAPPER(w_gt) { (void)callee; return compare(args, nargs, kwnames, "__gt__", MOLT_GT); }
WRAPPER(w_ge) { (void)callee; return compare(args, nargs, kwnames, "__ge__", MOLT_GE); }

static MoltValue number(const MoltValue *args, int64_t nargs, MoltValue kwnames, const char *name, int op,
                        bool reflected) {
    if (!arity(args, nargs, kwnames, name, 1)) return MOLT_ERR;
    MoltType *t = molt_type_of(args[0]);
    molt_binary_fn f = reflected ? t->number_reflected[op] : t->number[op];
    return f ? f(args[0], args[1]) : molt_NotImplemented;
}

WRAPPER(w_add) { (void)callee; return number(args, nargs, kwnames, "__add__", MOLT_OP_ADD, false); }
WRAPPER(w_mul) { (void)callee; return number(args, nargs, kwnames, "__mul__", MOLT_OP_MUL, false); }
WRAPPER(w_rmul) { (void)callee; return number(args, nargs, kwnames, "__rmul__", MOLT_OP_MUL, true); }
WRAPPER(w_mod) { (void)callee; return number(args, nargs, kwnames, "__mod__", MOLT_OP_MOD, false); }
WRAPPER(w_or) { (void)callee; return number(args, nargs, kwnames, "__or__", MOLT_OP_OR, false); }
WRAPPER(w_and) { (void)callee; return number(args, nargs, kwnames, "__and__", MOLT_OP_AND, false); }
WRAPPER(w_sub) { (void)callee; return number(args, nargs, kwnames, "__sub__", MOLT_OP_SUB, false); }
WRAPPER(w_xor) { (void)callee; return number(args, nargs, kwnames, "__xor__", MOLT_OP_XOR, false); }

typedef struct {
    const char *name;
    molt_call_fn fn;
} Dunder;

/* Adds each wrapper whose slot the type fills, without replacing methods defined elsewhere. */
static int add_for_type(MoltType *t) {
    const Dunder all[] = {
        {"__len__", t->len ? w_len : NULL},
        {"__getitem__", t->getitem ? w_getitem : NULL},
        {"__setitem__", t->setitem ? w_setitem : NULL},
        {"__delitem__", t->setitem ? w_delitem : NULL},
        {"__contains__", t->contains ? w_contains : NULL},
        {"__iter__", t->iter ? w_iter : NULL},
        {"__next__", t->next ? w_next : NULL},
        {"__repr__", t->repr ? w_repr : NULL},
        {"__hash__", t->hash ? w_hash : NULL},
        {"__eq__", t->richcmp ? w_eq : NULL},
        {"__ne__", t->richcmp ? w_ne : NULL},
        {"__lt__", t->richcmp ? w_lt : NULL},
        {"__le__", t->richcmp ? w_le : NULL},
        {"__gt__", t->richcmp ? w_gt : NULL},
        {"__ge__", t->richcmp ? w_ge : NULL},
        {"__add__", t->number[MOLT_OP_ADD] ? w_add : NULL},
        {"__mul__", t->number[MOLT_OP_MUL] ? w_mul : NULL},
        {"__rmul__", t->number_reflected[MOLT_OP_MUL] ? w_rmul : NULL},
        {"__mod__", t->number[MOLT_OP_MOD] ? w_mod : NULL},
        {"__or__", t->number[MOLT_OP_OR] ? w_or : NULL},
        {"__and__", t->number[MOLT_OP_AND] ? w_and : NULL},
        {"__sub__", t->number[MOLT_OP_SUB] ? w_sub : NULL},
        {"__xor__", t->number[MOLT_OP_XOR] ? w_xor : NULL},
    };
    if (!t->dict && molt_type_ready(t) < 0) return -1;
    for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
        if (!all[i].fn || molt_dict_getitem_cstr(t->dict, all[i].name)) continue;
        if (molt_type_add_method(t, all[i].name, all[i].fn) < 0) return -1;
    }
    return 0;
}

extern MoltType molt_str_iterator_type, molt_tuple_iterator_type, molt_list_iterator_type,
    molt_list_reverseiterator_type, molt_range_iterator_type, molt_bytes_iterator_type, molt_set_iterator_type;

int molt_container_dunders_init(void) {
    MoltType *const types[] = {
        &molt_str_type, &molt_bytes_type, &molt_bytearray_type, &molt_list_type, &molt_tuple_type,
        &molt_dict_type, &molt_set_type, &molt_frozenset_type, &molt_range_type, &molt_slice_type,
        &molt_str_iterator_type, &molt_tuple_iterator_type, &molt_list_iterator_type,
        &molt_list_reverseiterator_type, &molt_range_iterator_type, &molt_bytes_iterator_type,
        &molt_set_iterator_type, &molt_dict_keys_type, &molt_dict_values_type, &molt_dict_items_type,
        &molt_dict_keyiterator_type, &molt_dict_valueiterator_type, &molt_dict_itemiterator_type,
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++)
        if (add_for_type(types[i]) < 0) return -1;
    return 0;
}
