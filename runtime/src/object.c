/*
 * The generic object protocol (object.h): what the interpreter's abstract.c/object.c do in CPython —
 * dispatch through type slots, reflected operands and NotImplemented, rich comparison fallbacks,
 * and CPython's error messages when a type does not support an operation.
 */
#include <string.h>

#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/int.h"
#include "molt/list.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

/* ------------------------------------------------------------ repr, str, hash, truth */

MoltValue molt_repr(MoltValue v) {
    MoltType *t = molt_type_of(v);
    if (t == &molt_int_type) return molt_int_to_str(v);
    molt_unary_fn f = t->repr ? t->repr : molt_object_type.repr;
    MoltValue r = f(v);
    if (r && !molt_is_str(r)) return molt_err_format(&molt_TypeError, "__repr__ returned non-string (type %T)", r);
    return r;
}

MoltValue molt_str(MoltValue v) {
    MoltType *t = molt_type_of(v);
    if (t == &molt_str_type) return v;
    if (t == &molt_int_type) return molt_int_to_str(v);
    if (!t->str) return molt_repr(v);
    MoltValue r = t->str(v);
    if (r && !molt_is_str(r)) return molt_err_format(&molt_TypeError, "__str__ returned non-string (type %T)", r);
    return r;
}

/* CPython's _Py_HashPointer: the address rotated by 4 bits (allocation alignment). */
int64_t molt_object_hash(MoltValue v) {
    uint64_t p = (uint64_t)v;
    int64_t h = (int64_t)((p >> 4) | (p << 60));
    return h == -1 ? -2 : h;
}

int64_t molt_hash(MoltValue v) {
    if (molt_is_small(v)) return molt_int_hash(v);
    MoltType *t = molt_obj(v)->type;
    if (!t->hash) {
        molt_err_format(&molt_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(v);
}

int molt_truthy(MoltValue v) {
    if (v == molt_True) return 1;
    if (v == molt_False || v == molt_None) return 0;
    if (molt_is_small(v)) return v != molt_small(0);
    MoltType *t = molt_obj(v)->type;
    if (t->to_bool) {
        MoltValue r = t->to_bool(v);
        if (!r) return -1;
        return r == molt_True;
    }
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n > 0;
    }
    return 1;
}

MoltValue molt_not(MoltValue v) {
    int r = molt_truthy(v);
    if (r < 0) return MOLT_ERR;
    return molt_bool(!r);
}

/* ------------------------------------------------------------ binary operators */

static const char *const op_symbols[MOLT_OP_COUNT] = {
    "+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//",
};
static const char *const iop_symbols[MOLT_OP_COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//=",
};
static const char *const iop_names[MOLT_OP_COUNT] = {
    "__iadd__", "__isub__", "__imul__", "__imatmul__", "__itruediv__", "__imod__", "__ipow__",
    "__ilshift__", "__irshift__", "__ior__", "__ixor__", "__iand__", "__ifloordiv__",
};

/* a op b without the error message: NotImplemented when neither side supports it. */
static MoltValue binop_dispatch2(int op, MoltValue a, MoltValue b, molt_binary_fn fa, molt_binary_fn fb);

static MoltValue binop_dispatch(int op, MoltValue a, MoltValue b) {
    MoltType *ta = molt_type_of(a), *tb = molt_type_of(b);
    molt_binary_fn fa = ta->number[op];
    molt_binary_fn fb = ta != tb ? tb->number_reflected[op] : NULL;
    if (!fb) return fa ? fa(a, b) : molt_NotImplemented; /* one candidate: nothing to keep alive */
    MOLT_ROOTS2(a, b);
    MoltValue r = binop_dispatch2(op, a, b, fa, fb);
    MOLT_UNROOT();
    return r;
}

static MoltValue binop_dispatch2(int op, MoltValue a, MoltValue b, molt_binary_fn fa, molt_binary_fn fb) {
    MoltType *ta = molt_type_of(a), *tb = molt_type_of(b);
    /* A subclass's reflected method wins over its base's forward one (CPython's rule). */
    if (fb && molt_is_subtype(tb, ta) && fb != ta->number_reflected[op]) {
        MoltValue r = fb(b, a);
        if (r != molt_NotImplemented) return r;
        fb = NULL;
    }
    if (fa) {
        MoltValue r = fa(a, b);
        if (r != molt_NotImplemented) return r;
    }
    if (fb) return fb(b, a);
    return molt_NotImplemented;
}

static MoltValue small_binop(int op, int64_t x, int64_t y, MoltValue a, MoltValue b) {
    int64_t r;
    switch (op) {
    case MOLT_OP_ADD: r = x + y; break; /* 62-bit operands cannot overflow int64 */
    case MOLT_OP_SUB: r = x - y; break;
    case MOLT_OP_AND: return molt_small(x & y);
    case MOLT_OP_OR: return molt_small(x | y);
    case MOLT_OP_XOR: return molt_small(x ^ y);
    case MOLT_OP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) return molt_int_mul(a, b);
        break;
    case MOLT_OP_FLOORDIV:
    case MOLT_OP_MOD:
        if (y == 0 || x == MOLT_SMALL_MIN) return op == MOLT_OP_MOD ? molt_int_mod(a, b) : molt_int_floordiv(a, b);
        {
            int64_t q = x / y, m = x % y;
            if (m != 0 && ((m < 0) != (y < 0))) {
                q--;
                m += y;
            }
            return molt_small(op == MOLT_OP_MOD ? m : q);
        }
    default: return binop_dispatch(op, a, b);
    }
    return molt_small_fits(r) ? molt_small(r) : molt_int_from_i64(r);
}

MoltValue molt_binop(int op, MoltValue a, MoltValue b) {
    if (molt_is_small(a) && molt_is_small(b)) return small_binop(op, molt_small_value(a), molt_small_value(b), a, b);
    MoltValue r = binop_dispatch(op, a, b);
    if (r == molt_NotImplemented)
        return molt_err_format(&molt_TypeError, "unsupported operand type(s) for %s: '%T' and '%T'", op_symbols[op], a,
                               b);
    return r;
}

MoltValue molt_inplace_binop(int op, MoltValue a, MoltValue b) {
    if (molt_is_small(a) && molt_is_small(b)) return small_binop(op, molt_small_value(a), molt_small_value(b), a, b);
    MoltType *ta = molt_type_of(a);
    if (ta == &molt_list_type) {
        if (op == MOLT_OP_ADD) return molt_list_inplace_concat(a, b);
        if (op == MOLT_OP_MUL && molt_is_int_like(b)) {
            int64_t n;
            if (molt_index_i64(b, &n) < 0) return MOLT_ERR;
            return molt_list_inplace_repeat(a, n);
        }
    }
    bool immutable = ta == &molt_int_type || ta == &molt_float_type || ta == &molt_str_type ||
                     ta == &molt_tuple_type || ta == &molt_bool_type;
    MoltValue r = molt_NotImplemented;
    MOLT_ROOTS2(a, b);
    if (!immutable) {
        MoltValue f = molt_type_lookup_cstr(ta, iop_names[op]);
        if (f) r = molt_call_with_self(f, a, &b, 1, MOLT_ERR);
    }
    if (r == molt_NotImplemented) r = binop_dispatch(op, a, b);
    MOLT_UNROOT();
    if (r == molt_NotImplemented)
        return molt_err_format(&molt_TypeError, "unsupported operand type(s) for %s: '%T' and '%T'", iop_symbols[op],
                               a, b);
    return r;
}

/* ------------------------------------------------------------ unary operators */

MoltValue molt_neg(MoltValue v) {
    if (molt_is_small(v)) return molt_int_from_i64(-molt_small_value(v));
    MoltType *t = molt_obj(v)->type;
    if (!t->neg) return molt_err_format(&molt_TypeError, "bad operand type for unary -: '%s'", t->name);
    return t->neg(v);
}

MoltValue molt_pos(MoltValue v) {
    if (molt_is_small(v)) return v;
    MoltType *t = molt_obj(v)->type;
    if (!t->pos) return molt_err_format(&molt_TypeError, "bad operand type for unary +: '%s'", t->name);
    return t->pos(v);
}

MoltValue molt_invert(MoltValue v) {
    if (molt_is_small(v)) return molt_small(~molt_small_value(v));
    MoltType *t = molt_obj(v)->type;
    if (!t->invert) return molt_err_format(&molt_TypeError, "bad operand type for unary ~: '%s'", t->name);
    return t->invert(v);
}

/* ------------------------------------------------------------ comparisons */

static const int swapped_op[6] = {MOLT_GT, MOLT_GE, MOLT_EQ, MOLT_NE, MOLT_LT, MOLT_LE};
static const char *const cmp_symbols[6] = {"<", "<=", "==", "!=", ">", ">="};

MoltValue molt_compare(int op, MoltValue a, MoltValue b) {
    if (molt_is_small(a) && molt_is_small(b)) {
        int64_t x = (int64_t)a, y = (int64_t)b; /* tagging preserves order */
        switch (op) {
        case MOLT_LT: return molt_bool(x < y);
        case MOLT_LE: return molt_bool(x <= y);
        case MOLT_EQ: return molt_bool(x == y);
        case MOLT_NE: return molt_bool(x != y);
        case MOLT_GT: return molt_bool(x > y);
        default: return molt_bool(x >= y);
        }
    }
    MoltType *ta = molt_type_of(a), *tb = molt_type_of(b);
    bool reflected_done = false;
    MOLT_ROOTS2(a, b);
    MoltValue r = MOLT_ERR;
    if (ta != tb && tb->richcmp && molt_is_subtype(tb, ta)) {
        reflected_done = true;
        r = tb->richcmp(b, a, swapped_op[op]);
        if (r != molt_NotImplemented) goto out;
    }
    if (ta->richcmp) {
        r = ta->richcmp(a, b, op);
        if (r != molt_NotImplemented) goto out;
    }
    if (!reflected_done && tb->richcmp) {
        r = tb->richcmp(b, a, swapped_op[op]);
        if (r != molt_NotImplemented) goto out;
    }
    if (op == MOLT_EQ) r = molt_bool(a == b);
    else if (op == MOLT_NE) r = molt_bool(a != b);
    else
        r = molt_err_format(&molt_TypeError, "'%s' not supported between instances of '%s' and '%s'", cmp_symbols[op],
                            ta->name, tb->name);
out:
    MOLT_UNROOT();
    return r;
}

int molt_compare_bool(int op, MoltValue a, MoltValue b) {
    MoltValue r = molt_compare(op, a, b);
    if (!r) return -1;
    if (r == molt_True) return 1;
    if (r == molt_False) return 0;
    return molt_truthy(r);
}

int molt_equal(MoltValue a, MoltValue b) {
    if (a == b) return 1; /* identity implies equality in containers (CPython's PyObject_RichCompareBool) */
    if (molt_is_small(a) && molt_is_small(b)) return 0;
    return molt_compare_bool(MOLT_EQ, a, b);
}

/* ------------------------------------------------------------ attributes */

MoltValue molt_getattr(MoltValue obj, MoltValue name) {
    MoltType *t = molt_type_of(obj);
    if (t->getattr) return t->getattr(obj, name);
    return molt_object_generic_getattr(obj, name);
}

MoltValue molt_getattr_cstr(MoltValue obj, const char *name) {
    MOLT_ROOTS1(obj);
    MoltValue n = molt_name(name);
    MOLT_UNROOT();
    if (!n) return MOLT_ERR;
    return molt_getattr(obj, n);
}

int molt_setattr(MoltValue obj, MoltValue name, MoltValue value) {
    MoltType *t = molt_type_of(obj);
    if (t->setattr) return t->setattr(obj, name, value);
    return molt_object_generic_setattr(obj, name, value);
}

/* ------------------------------------------------------------ items and containers */

MoltValue molt_getitem(MoltValue obj, MoltValue key) {
    MoltType *t = molt_type_of(obj);
    if (t->getitem) return t->getitem(obj, key);
    if (t == &molt_type_type) {
        MoltValue f = molt_type_lookup_cstr((MoltType *)molt_obj(obj), "__class_getitem__");
        if (f) return molt_call_with_self(f, obj, &key, 1, MOLT_ERR);
        return molt_err_format(&molt_TypeError, "type '%s' is not subscriptable", ((MoltType *)molt_obj(obj))->name);
    }
    return molt_err_format(&molt_TypeError, "'%s' object is not subscriptable", t->name);
}

int molt_setitem(MoltValue obj, MoltValue key, MoltValue value) {
    MoltType *t = molt_type_of(obj);
    if (!t->setitem) {
        molt_err_format(&molt_TypeError, "'%s' object does not support item assignment", t->name);
        return -1;
    }
    return t->setitem(obj, key, value);
}

int molt_delitem(MoltValue obj, MoltValue key) {
    MoltType *t = molt_type_of(obj);
    if (!t->setitem) {
        molt_err_format(&molt_TypeError, "'%s' object doesn't support item deletion", t->name);
        return -1;
    }
    return t->setitem(obj, key, MOLT_ERR);
}

int64_t molt_len(MoltValue v) {
    MoltType *t = molt_type_of(v);
    if (!t->len) {
        molt_err_format(&molt_TypeError, "object of type '%s' has no len()", t->name);
        return -1;
    }
    return t->len(v);
}

int molt_contains(MoltValue container, MoltValue item) {
    MoltType *t = molt_type_of(container);
    if (t->contains) return t->contains(container, item);
    if (!t->iter && !t->getitem) {
        molt_err_format(&molt_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    MOLT_ROOTS1(item);
    MoltValue it = molt_iter(container);
    int found = -1;
    if (it) {
        MOLT_ROOTS1(it);
        for (;;) {
            MoltValue x = molt_next(it);
            if (!x) {
                found = molt_err_occurred() ? -1 : 0;
                break;
            }
            int eq = molt_equal(x, item);
            if (eq != 0) {
                found = eq;
                break;
            }
        }
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return found;
}

/* ------------------------------------------------------------ iteration */

/* Iterator over an object that only has __getitem__ (CPython's sequence iterator). */
typedef struct SeqIter {
    MoltObject ob;
    MoltValue seq; /* MOLT_ERR once exhausted */
    int64_t index;
} SeqIter;

static void seqiter_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((SeqIter *)self)->seq); }
static MoltValue seqiter_iter(MoltValue self) { return self; }

static MoltValue seqiter_next(MoltValue self) {
    SeqIter *s = (SeqIter *)molt_obj(self);
    if (!s->seq) return MOLT_ERR;
    MOLT_ROOTS1(self);
    MoltValue r = molt_getitem(s->seq, molt_int_from_i64(s->index));
    MOLT_UNROOT();
    s = (SeqIter *)molt_obj(self);
    if (!r) {
        if (molt_err_matches(&molt_IndexError) || molt_err_matches(&molt_StopIteration)) {
            molt_err_clear();
            s->seq = MOLT_ERR;
        }
        return MOLT_ERR;
    }
    s->index++;
    return r;
}

int64_t molt_object_hash(MoltValue v);

MoltType molt_seqiter_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "iterator",
    .base = &molt_object_type,
    .instance_size = sizeof(SeqIter),
    .trace = seqiter_trace,
    .hash = molt_object_hash,
    .iter = seqiter_iter,
    .next = seqiter_next,
};

MoltValue molt_iter(MoltValue v) {
    MoltType *t = molt_type_of(v);
    if (t->iter) {
        MoltValue it = t->iter(v);
        if (it && !molt_type_of(it)->next)
            return molt_err_format(&molt_TypeError, "iter() returned non-iterator of type '%T'", it);
        return it;
    }
    if (t->getitem && t != &molt_dict_type) {
        MOLT_ROOTS1(v);
        MoltValue it = molt_gc_alloc(&molt_seqiter_type, sizeof(SeqIter));
        MOLT_UNROOT();
        if (!it) return MOLT_ERR;
        ((SeqIter *)molt_obj(it))->seq = v;
        return it;
    }
    return molt_err_format(&molt_TypeError, "'%s' object is not iterable", t->name);
}

MoltValue molt_next(MoltValue it) {
    MoltType *t = molt_type_of(it);
    if (!t->next) return molt_err_format(&molt_TypeError, "'%s' object is not an iterator", t->name);
    return t->next(it);
}

/* ------------------------------------------------------------ calls */

MoltValue molt_call(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    MoltType *t = molt_type_of(callee);
    if (!t->call) return molt_err_format(&molt_TypeError, "'%s' object is not callable", t->name);
    return t->call(callee, args, nargs, kwnames);
}
