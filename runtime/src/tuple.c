/* tuple: immutable sequence with inline items; hash is CPython 3.12's xxHash-based tuplehash. */
#include <stdarg.h>
#include <string.h>

#include "molt/exceptions.h"
#include "molt/gc.h"
#include "molt/list.h"
#include "molt/range.h"
#include "molt/sbuf.h"
#include "molt/seq.h"
#include "molt/str.h"
#include "molt/tuple.h"

static MoltValue empty_tuple;

static void tuple_trace(MoltObject *self, MoltVisitor *v) {
    MoltTuple *t = (MoltTuple *)self;
    for (int64_t i = 0; i < t->size; i++) molt_visit(v, t->items[i]);
}

MoltValue molt_tuple_empty(void) {
    if (!empty_tuple) {
        empty_tuple = molt_gc_alloc(&molt_tuple_type, sizeof(MoltTuple));
        if (!empty_tuple) return MOLT_ERR;
        molt_gc_add_root(&empty_tuple);
    }
    return empty_tuple;
}

MoltValue molt_tuple_new(int64_t n) {
    if (n == 0) return molt_tuple_empty();
    if (n < 0 || (uint64_t)n > (SIZE_MAX / 2) / sizeof(MoltValue)) return molt_err_no_memory();
    MoltValue v = molt_gc_alloc(&molt_tuple_type, sizeof(MoltTuple) + (size_t)n * sizeof(MoltValue));
    if (v) molt_tuple_obj(v)->size = n;
    return v;
}

MoltValue molt_tuple_pack(int64_t n, ...) {
    /* Arguments are unrooted C values: keep the collector away until they are stored. */
    molt_gc_pause();
    MoltValue t = molt_tuple_new(n);
    if (t) {
        va_list ap;
        va_start(ap, n);
        for (int64_t i = 0; i < n; i++) molt_tuple_obj(t)->items[i] = va_arg(ap, MoltValue);
        va_end(ap);
    }
    molt_gc_resume();
    return t;
}

/* The items are often the only reference to fresh values (call arguments, unpacked targets):
 * they stay rooted while the tuple is allocated. */
MoltValue molt_tuple_from_array(const MoltValue *items, int64_t n) {
    MoltRootArray ra;
    molt_root_array_push(&ra, items, n);
    MoltValue t = molt_tuple_new(n);
    molt_root_array_pop(&ra);
    if (t && n) memcpy(molt_tuple_obj(t)->items, items, (size_t)n * sizeof(MoltValue));
    return t;
}

MoltValue molt_tuple_from_iterable(MoltValue x) {
    if (molt_is_tuple(x)) return x;
    MoltValue l = molt_is_list(x) ? x : molt_list_from_iterable(x);
    if (!l) return MOLT_ERR;
    MOLT_ROOTS1(l);
    MoltValue t = molt_tuple_new(molt_list_size(l));
    MOLT_UNROOT();
    if (t && molt_list_size(l))
        memcpy(molt_tuple_obj(t)->items, molt_list_items(l), (size_t)molt_list_size(l) * sizeof(MoltValue));
    return t;
}

MoltValue *molt_tuple_items(MoltValue t) { return molt_tuple_obj(t)->items; }
int64_t molt_tuple_size(MoltValue t) { return molt_tuple_obj(t)->size; }

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int64_t molt_tuple_hash(MoltValue v) {
    MOLT_ROOTS1(v);
    int64_t n = molt_tuple_obj(v)->size;
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < n; i++) {
        int64_t lane = molt_hash(molt_tuple_obj(v)->items[i]);
        if (lane == -1) {
            MOLT_UNROOT();
            return -1;
        }
        acc += (uint64_t)lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    MOLT_UNROOT();
    acc += (uint64_t)n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

static MoltValue *tuple_items_fn(MoltValue t, int64_t *n) {
    *n = molt_tuple_obj(t)->size;
    return molt_tuple_obj(t)->items;
}

MoltValue molt_tuple_richcmp(MoltValue a, MoltValue b, int op) {
    if (!molt_isinstance_type(a, &molt_tuple_type) || !molt_isinstance_type(b, &molt_tuple_type))
        return molt_NotImplemented;
    return molt_seq_richcmp(a, b, op, tuple_items_fn);
}

MoltValue molt_tuple_repr(MoltValue v) {
    int64_t n = molt_tuple_obj(v)->size;
    if (n == 0) return molt_str_from_cstr("()");
    int guard = molt_repr_enter(v);
    if (guard < 0) return MOLT_ERR;
    if (guard > 0) return molt_str_from_cstr("(...)");
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_putc(&b, '(');
    MOLT_ROOTS1(v);
    for (int64_t i = 0; i < n; i++) {
        MoltValue r = molt_repr(molt_tuple_obj(v)->items[i]);
        if (!r) {
            MOLT_UNROOT();
            molt_repr_leave(v);
            molt_sbuf_free(&b);
            return MOLT_ERR;
        }
        if (i) molt_sbuf_put(&b, ", ", 2);
        molt_sbuf_put_str(&b, r);
    }
    MOLT_UNROOT();
    molt_repr_leave(v);
    if (n == 1) molt_sbuf_putc(&b, ',');
    molt_sbuf_putc(&b, ')');
    return molt_sbuf_finish(&b);
}

MoltValue molt_tuple_concat(MoltValue a, MoltValue b) {
    if (!molt_isinstance_type(b, &molt_tuple_type))
        return molt_err_format(&molt_TypeError, "can only concatenate tuple (not \"%T\") to tuple", b);
    int64_t na = molt_tuple_obj(a)->size, nb = molt_tuple_obj(b)->size;
    if (nb == 0 && molt_obj(a)->type == &molt_tuple_type) return a;
    if (na == 0 && molt_obj(b)->type == &molt_tuple_type) return b;
    MOLT_ROOTS2(a, b);
    MoltValue t = molt_tuple_new(na + nb);
    MOLT_UNROOT();
    if (!t) return MOLT_ERR;
    memcpy(molt_tuple_obj(t)->items, molt_tuple_obj(a)->items, (size_t)na * sizeof(MoltValue));
    memcpy(molt_tuple_obj(t)->items + na, molt_tuple_obj(b)->items, (size_t)nb * sizeof(MoltValue));
    return t;
}

static MoltValue tuple_add_slot(MoltValue a, MoltValue b) {
    if (!molt_isinstance_type(a, &molt_tuple_type)) return molt_NotImplemented;
    if (!molt_isinstance_type(b, &molt_tuple_type) && (molt_type_of(b)->flags & MOLT_TYPE_HEAP))
        return molt_NotImplemented;
    return molt_tuple_concat(a, b);
}

MoltValue molt_tuple_repeat(MoltValue v, int64_t n) {
    int64_t size = molt_tuple_obj(v)->size;
    if (n <= 0 || size == 0) return molt_tuple_empty();
    if (n == 1 && molt_obj(v)->type == &molt_tuple_type) return v;
    if (size > INT64_MAX / n) return molt_err_no_memory();
    MOLT_ROOTS1(v);
    MoltValue t = molt_tuple_new(size * n);
    MOLT_UNROOT();
    if (!t) return MOLT_ERR;
    for (int64_t k = 0; k < n; k++)
        memcpy(molt_tuple_obj(t)->items + k * size, molt_tuple_obj(v)->items, (size_t)size * sizeof(MoltValue));
    return t;
}

static MoltValue tuple_mul_slot(MoltValue a, MoltValue b) {
    MoltValue t = molt_isinstance_type(a, &molt_tuple_type) ? a : b;
    MoltValue n = t == a ? b : a;
    int64_t count;
    int rc = molt_repeat_count(n, &count);
    if (rc == 0) {
        /* User classes may still implement the operation; builtin operands cannot. */
        if (molt_type_of(n)->flags & MOLT_TYPE_HEAP) return molt_NotImplemented;
        return molt_err_format(&molt_TypeError, "can't multiply sequence by non-int of type '%T'", n);
    }
    if (rc < 0) return MOLT_ERR;
    return molt_tuple_repeat(t, count);
}

MoltValue molt_tuple_index_i64(MoltValue t, int64_t i) {
    int64_t n = molt_tuple_obj(t)->size;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return molt_err_format(&molt_IndexError, "tuple index out of range");
    return molt_tuple_obj(t)->items[i];
}

MoltValue molt_tuple_getitem(MoltValue t, MoltValue key) {
    if (molt_is_small(key)) return molt_tuple_index_i64(t, molt_small_value(key));
    if (molt_is_slice(key)) {
        int64_t start, stop, step;
        int64_t n = molt_slice_indices(key, molt_tuple_obj(t)->size, &start, &stop, &step);
        if (n < 0) return MOLT_ERR;
        if (n == molt_tuple_obj(t)->size && step == 1 && molt_obj(t)->type == &molt_tuple_type) return t;
        MOLT_ROOTS1(t);
        MoltValue r = molt_tuple_new(n);
        MOLT_UNROOT();
        if (!r) return MOLT_ERR;
        for (int64_t k = 0, i = start; k < n; k++, i += step)
            molt_tuple_obj(r)->items[k] = molt_tuple_obj(t)->items[i];
        return r;
    }
    int64_t i;
    int rc = molt_seq_index(key, &i);
    if (rc < 0) return MOLT_ERR;
    if (rc == 0) return molt_err_format(&molt_TypeError, "tuple indices must be integers or slices, not %T", key);
    return molt_tuple_index_i64(t, i);
}

int molt_tuple_contains(MoltValue t, MoltValue item) {
    MOLT_ROOTS2(t, item);
    int found = 0;
    for (int64_t i = 0; i < molt_tuple_obj(t)->size; i++) {
        found = molt_seq_item_eq(molt_tuple_obj(t)->items[i], item);
        if (found) break;
    }
    MOLT_UNROOT();
    return found;
}

MoltValue molt_tuple_count(MoltValue t, MoltValue item) {
    MOLT_ROOTS2(t, item);
    int64_t count = 0;
    for (int64_t i = 0; i < molt_tuple_obj(t)->size; i++) {
        int eq = molt_seq_item_eq(molt_tuple_obj(t)->items[i], item);
        if (eq < 0) {
            MOLT_UNROOT();
            return MOLT_ERR;
        }
        count += eq;
    }
    MOLT_UNROOT();
    return molt_small(count);
}

/* Clamps optional start/stop arguments of index() like CPython's slice-style bounds. */
static bool bounds(MoltValue start, MoltValue stop, int64_t n, int64_t *lo, int64_t *hi) {
    *lo = 0;
    *hi = n;
    if (start && start != molt_None && !molt_index_clamped(start, lo)) return false;
    if (stop && stop != molt_None && !molt_index_clamped(stop, hi)) return false;
    if (*lo < 0) { *lo += n; if (*lo < 0) *lo = 0; }
    if (*hi < 0) { *hi += n; if (*hi < 0) *hi = 0; }
    if (*hi > n) *hi = n;
    return true;
}

MoltValue molt_tuple_index(MoltValue t, MoltValue item, MoltValue start, MoltValue stop) {
    int64_t lo, hi;
    if (!bounds(start, stop, molt_tuple_obj(t)->size, &lo, &hi)) return MOLT_ERR;
    MOLT_ROOTS2(t, item);
    for (int64_t i = lo; i < hi && i < molt_tuple_obj(t)->size; i++) {
        int eq = molt_seq_item_eq(molt_tuple_obj(t)->items[i], item);
        if (eq) {
            MOLT_UNROOT();
            return eq < 0 ? MOLT_ERR : molt_small(i);
        }
    }
    MOLT_UNROOT();
    return molt_err_format(&molt_ValueError, "tuple.index(x): x not in tuple");
}

static int64_t tuple_len_slot(MoltValue t) { return molt_tuple_obj(t)->size; }
static MoltValue tuple_to_bool(MoltValue t) { return molt_bool(molt_tuple_obj(t)->size != 0); }

/* ---------------------------------------------------------------- iterator */

typedef struct MoltTupleIter {
    MoltObject ob;
    MoltValue seq;  /* MOLT_ERR once exhausted */
    int64_t pos;
} MoltTupleIter;

static void tuple_iter_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((MoltTupleIter *)self)->seq); }
static MoltValue iter_self(MoltValue it) { return it; }

static MoltValue tuple_iter_next(MoltValue v) {
    MoltTupleIter *it = (MoltTupleIter *)molt_obj(v);
    if (!it->seq) return MOLT_ERR;
    MoltTuple *t = molt_tuple_obj(it->seq);
    if (it->pos >= t->size) {
        it->seq = MOLT_ERR;
        return MOLT_ERR;
    }
    return t->items[it->pos++];
}

MoltType molt_tuple_iterator_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "tuple_iterator",
    .base = &molt_object_type,
    .trace = tuple_iter_trace,
    .iter = iter_self,
    .next = tuple_iter_next,
};

MoltValue molt_tuple_iter(MoltValue t) {
    MOLT_ROOTS1(t);
    MoltValue it = molt_gc_alloc(&molt_tuple_iterator_type, sizeof(MoltTupleIter));
    MOLT_UNROOT();
    if (it) ((MoltTupleIter *)molt_obj(it))->seq = t;
    return it;
}

MoltType molt_tuple_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "tuple",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE,
    .trace = tuple_trace,
    .repr = molt_tuple_repr,
    .hash = molt_tuple_hash,
    .richcmp = molt_tuple_richcmp,
    .iter = molt_tuple_iter,
    .len = tuple_len_slot,
    .getitem = molt_tuple_getitem,
    .contains = molt_tuple_contains,
    .to_bool = tuple_to_bool,
    .number = {[MOLT_OP_ADD] = tuple_add_slot, [MOLT_OP_MUL] = tuple_mul_slot},
    .number_reflected = {[MOLT_OP_MUL] = tuple_mul_slot},
};
