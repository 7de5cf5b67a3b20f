/*
 * Special methods of classes made at run time: a dunder defined in a class body fills the
 * matching MoltType slot with a wrapper that looks the method up along type(self)'s MRO and calls it,
 * so the generic protocol in object.c never needs to know whether a type is builtin or user-defined.
 */
#include <string.h>

#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/int.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

static MoltValue call_special(MoltValue self, const char *name, const MoltValue *args, int64_t nargs) {
    MoltValue f = molt_lookup_special(self, name);
    if (!f) return molt_err_format(&molt_AttributeError, "'%T' object has no attribute '%s'", self, name);
    return molt_call_with_self(f, self, args, nargs, MOLT_ERR);
}

static MoltValue slot_repr(MoltValue self) {
    MoltValue r = call_special(self, "__repr__", NULL, 0);
    if (r && !molt_is_str(r)) return molt_err_format(&molt_TypeError, "__repr__ returned non-string (type %T)", r);
    return r;
}

static MoltValue slot_str(MoltValue self) {
    MoltValue r = call_special(self, "__str__", NULL, 0);
    if (r && !molt_is_str(r)) return molt_err_format(&molt_TypeError, "__str__ returned non-string (type %T)", r);
    return r;
}

static int64_t slot_hash(MoltValue self) {
    MoltValue r = call_special(self, "__hash__", NULL, 0);
    if (!r) return -1;
    if (!molt_is_int_like(r)) {
        molt_err_set_str(&molt_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    return molt_int_hash(r);
}

static const char *const cmp_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static MoltValue slot_richcmp(MoltValue a, MoltValue b, int op) {
    MoltValue f = molt_lookup_special(a, cmp_names[op]);
    if (!f) return molt_NotImplemented;
    return molt_call_with_self(f, a, &b, 1, MOLT_ERR);
}

static MoltValue slot_iter(MoltValue self) { return call_special(self, "__iter__", NULL, 0); }

static MoltValue slot_next(MoltValue self) {
    MoltValue r = call_special(self, "__next__", NULL, 0);
    if (!r && molt_err_matches(&molt_StopIteration)) molt_err_clear(); /* exhausted: MOLT_ERR, nothing pending */
    return r;
}

static MoltValue slot_call(MoltValue self, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    MoltValue f = molt_lookup_special(self, "__call__");
    if (!f) return molt_err_format(&molt_TypeError, "'%T' object is not callable", self);
    return molt_call_with_self(f, self, args, nargs, kwnames);
}

/* __getattr__ runs only when normal lookup raised AttributeError. */
static MoltValue slot_getattr(MoltValue self, MoltValue name) {
    MoltValue ga = molt_lookup_special(self, "__getattribute__");
    MoltValue r;
    MOLT_ROOTS2(self, name);
    if (ga && molt_obj(ga)->type != &molt_builtin_function_type) r = molt_call_with_self(ga, self, &name, 1, MOLT_ERR);
    else r = molt_object_generic_getattr(self, name);
    if (!r && molt_err_matches(&molt_AttributeError)) {
        MoltValue f = molt_lookup_special(self, "__getattr__");
        if (f) {
            molt_err_clear();
            r = molt_call_with_self(f, self, &name, 1, MOLT_ERR);
        }
    }
    MOLT_UNROOT();
    return r;
}

static int slot_setattr(MoltValue self, MoltValue name, MoltValue value) {
    MoltValue r;
    if (value) {
        MoltValue args[2] = {name, value};
        r = call_special(self, "__setattr__", args, 2);
    } else {
        r = call_special(self, "__delattr__", &name, 1);
    }
    return r ? 0 : -1;
}

static int64_t slot_len(MoltValue self) {
    MoltValue r = call_special(self, "__len__", NULL, 0);
    if (!r) return -1;
    if (!molt_is_int_like(r)) {
        molt_err_format(&molt_TypeError, "'%T' object cannot be interpreted as an integer", r);
        return -1;
    }
    int64_t n;
    if (!molt_int_as_i64(r, &n)) {
        molt_err_set_str(&molt_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    if (n < 0) {
        molt_err_set_str(&molt_ValueError, "__len__() should return >= 0");
        return -1;
    }
    return n;
}

static MoltValue slot_getitem(MoltValue self, MoltValue key) { return call_special(self, "__getitem__", &key, 1); }

static int slot_setitem(MoltValue self, MoltValue key, MoltValue value) {
    MoltValue r;
    if (value) {
        MoltValue args[2] = {key, value};
        r = call_special(self, "__setitem__", args, 2);
    } else {
        r = call_special(self, "__delitem__", &key, 1);
    }
    return r ? 0 : -1;
}

static int slot_contains(MoltValue self, MoltValue item) {
    MoltValue r = call_special(self, "__contains__", &item, 1);
    if (!r) return -1;
    return molt_truthy(r);
}

static MoltValue slot_bool(MoltValue self) {
    MoltValue r = call_special(self, "__bool__", NULL, 0);
    if (r && r != molt_True && r != molt_False)
        return molt_err_format(&molt_TypeError, "__bool__ should return bool, returned %T", r);
    return r;
}

static MoltValue slot_neg(MoltValue self) { return call_special(self, "__neg__", NULL, 0); }
static MoltValue slot_pos(MoltValue self) { return call_special(self, "__pos__", NULL, 0); }
static MoltValue slot_invert(MoltValue self) { return call_special(self, "__invert__", NULL, 0); }

static MoltValue slot_index(MoltValue self) {
    MoltValue r = call_special(self, "__index__", NULL, 0);
    if (r && !molt_is_int_like(r))
        return molt_err_format(&molt_TypeError, "__index__ returned non-int (type %T)", r);
    return r;
}

static MoltValue slot_float(MoltValue self) {
    MoltValue r = call_special(self, "__float__", NULL, 0);
    if (r && !molt_isinstance_type(r, &molt_float_type))
        return molt_err_format(&molt_TypeError, "%T.__float__ returned non-float (type %T)", self, r);
    return r;
}

/* Binary operators: one wrapper per (operator, side), since the slot signature carries no operator. */
static const char *const op_names[MOLT_OP_COUNT] = {
    "__add__", "__sub__", "__mul__", "__matmul__", "__truediv__", "__mod__", "__pow__",
    "__lshift__", "__rshift__", "__or__", "__xor__", "__and__", "__floordiv__",
};
static const char *const rop_names[MOLT_OP_COUNT] = {
    "__radd__", "__rsub__", "__rmul__", "__rmatmul__", "__rtruediv__", "__rmod__", "__rpow__",
    "__rlshift__", "__rrshift__", "__ror__", "__rxor__", "__rand__", "__rfloordiv__",
};

static MoltValue binop_call(const char *name, MoltValue self, MoltValue other) {
    MoltValue f = molt_lookup_special(self, name);
    if (!f) return molt_NotImplemented;
    return molt_call_with_self(f, self, &other, 1, MOLT_ERR);
}

#define BINOP_WRAPPERS(i)                                                                              \
    static MoltValue slot_op_##i(MoltValue a, MoltValue b) { return binop_call(op_names[i], a, b); }   \
    static MoltValue slot_rop_##i(MoltValue b, MoltValue a) { return binop_call(rop_names[i], b, a); }
BINOP_WRAPPERS(0) BINOP_WRAPPERS(1) BINOP_WRAPPERS(2) BINOP_WRAPPERS(3) BINOP_WRAPPERS(4)
BINOP_WRAPPERS(5) BINOP_WRAPPERS(6) BINOP_WRAPPERS(7) BINOP_WRAPPERS(8) BINOP_WRAPPERS(9)
BINOP_WRAPPERS(10) BINOP_WRAPPERS(11) BINOP_WRAPPERS(12)

static const molt_binary_fn op_wrappers[MOLT_OP_COUNT] = {
    slot_op_0, slot_op_1, slot_op_2, slot_op_3, slot_op_4, slot_op_5, slot_op_6,
    slot_op_7, slot_op_8, slot_op_9, slot_op_10, slot_op_11, slot_op_12,
};
static const molt_binary_fn rop_wrappers[MOLT_OP_COUNT] = {
    slot_rop_0, slot_rop_1, slot_rop_2, slot_rop_3, slot_rop_4, slot_rop_5, slot_rop_6,
    slot_rop_7, slot_rop_8, slot_rop_9, slot_rop_10, slot_rop_11, slot_rop_12,
};

static bool has(MoltValue dict, const char *name) { return molt_dict_getitem_cstr(dict, name) != MOLT_ERR; }

void molt_slots_wire(MoltType *t, MoltValue own) {
    if (has(own, "__repr__")) t->repr = slot_repr;
    if (has(own, "__str__")) t->str = slot_str;
    if (has(own, "__hash__")) {
        MoltValue h = molt_dict_getitem_cstr(own, "__hash__");
        t->hash = h == molt_None ? NULL : slot_hash;
    } else if (has(own, "__eq__")) {
        t->hash = NULL; /* defining __eq__ alone makes instances unhashable */
    }
    for (int op = 0; op < 6; op++)
        if (has(own, cmp_names[op])) t->richcmp = slot_richcmp;
    if (has(own, "__iter__")) t->iter = slot_iter;
    if (has(own, "__next__")) t->next = slot_next;
    if (has(own, "__call__")) t->call = slot_call;
    if (has(own, "__getattr__") || has(own, "__getattribute__")) t->getattr = slot_getattr;
    if (has(own, "__setattr__") || has(own, "__delattr__")) t->setattr = slot_setattr;
    if (has(own, "__len__")) t->len = slot_len;
    if (has(own, "__getitem__")) t->getitem = slot_getitem;
    if (has(own, "__setitem__") || has(own, "__delitem__")) t->setitem = slot_setitem;
    if (has(own, "__contains__")) t->contains = slot_contains;
    if (has(own, "__bool__")) t->to_bool = slot_bool;
    if (has(own, "__neg__")) t->neg = slot_neg;
    if (has(own, "__pos__")) t->pos = slot_pos;
    if (has(own, "__invert__")) t->invert = slot_invert;
    if (has(own, "__index__")) t->to_index = slot_index;
    if (has(own, "__float__")) t->to_float = slot_float;
    for (int op = 0; op < MOLT_OP_COUNT; op++) {
        if (has(own, op_names[op])) t->number[op] = op_wrappers[op];
        if (has(own, rop_names[op])) t->number_reflected[op] = rop_wrappers[op];
    }
}
