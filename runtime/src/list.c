/* list: growable sequence backed by a GC-managed value buffer (sorting lives in list_sort.c). */
#include <string.h>

#include "molt/buffer.h"
#include "molt/exceptions.h"
#include "molt/gc.h"
#include "molt/list.h"
#include "molt/range.h"
#include "molt/sbuf.h"
#include "molt/seq.h"
#include "molt/str.h"
#include "molt/tuple.h"

static void list_trace(MoltObject *self, MoltVisitor *v) {
    molt_visit(v, ((MoltList *)self)->items_buf);
    molt_visit(v, ((MoltList *)self)->dict);
}

/* Ensures room for `need` items. Small lists over-allocate like CPython (need/8); large ones by
 * a quarter. The buffer belongs to this list alone, so it grows in place (realloc) where the
 * allocator can. 0, -1. */
static int reserve(MoltValue lv, int64_t need) {
    MoltList *l = molt_list_obj(lv);
    if (need <= l->cap) return 0;
    int64_t cap = need < 4096 ? need + (need >> 3) + 6 : need + (need >> 2);
    MOLT_ROOTS1(lv);
    MoltValue buf = l->items_buf ? molt_buffer_values_resize(l->items_buf, cap) : molt_buffer_values(cap);
    MOLT_UNROOT();
    if (!buf) return -1;
    l = molt_list_obj(lv);
    MoltValue *items = molt_buffer_data(buf);
    l->items_buf = buf;
    l->items = items;
    l->cap = cap;
    return 0;
}

/* Drops references beyond size so the collector can free them, and shrinks very sparse lists. */
static void clear_tail(MoltList *l, int64_t old_size) {
    for (int64_t i = l->size; i < old_size; i++) l->items[i] = MOLT_ERR;
}

MoltValue molt_list_new(int64_t cap) {
    MoltValue l = molt_gc_alloc(&molt_list_type, sizeof(MoltList));
    if (!l) return MOLT_ERR;
    if (cap > 0) {
        MOLT_ROOTS1(l);
        MoltValue buf = molt_buffer_values(cap);
        MOLT_UNROOT();
        if (!buf) return MOLT_ERR;
        molt_list_obj(l)->items_buf = buf;
        molt_list_obj(l)->items = molt_buffer_data(buf);
        molt_list_obj(l)->cap = cap;
    }
    return l;
}

MoltValue molt_list_from_array(const MoltValue *items, int64_t n) {
    MoltRootArray ra; /* items may be the only reference to fresh values */
    molt_root_array_push(&ra, items, n);
    MoltValue l = molt_list_new(n);
    molt_root_array_pop(&ra);
    if (!l) return MOLT_ERR;
    if (n) memcpy(molt_list_obj(l)->items, items, (size_t)n * sizeof(MoltValue));
    molt_list_obj(l)->size = n;
    return l;
}

int64_t molt_list_size(MoltValue l) { return molt_list_obj(l)->size; }
MoltValue *molt_list_items(MoltValue l) { return molt_list_obj(l)->items; }

int molt_list_append(MoltValue l, MoltValue item) {
    MoltList *x = molt_list_obj(l);
    if (x->size == x->cap) {
        MOLT_ROOTS1(item);
        int rc = reserve(l, x->size + 1);
        MOLT_UNROOT();
        if (rc < 0) return -1;
        x = molt_list_obj(l);
    }
    x->items[x->size++] = item;
    return 0;
}

/* Appends the n items of a list or tuple (which may be l itself). */
static int extend_items(MoltValue l, MoltValue owner, int64_t n, bool owner_is_list) {
    if (n == 0) return 0;
    MOLT_ROOTS2(l, owner);
    int rc = reserve(l, molt_list_obj(l)->size + n);
    MOLT_UNROOT();
    if (rc < 0) return -1;
    MoltList *x = molt_list_obj(l);
    const MoltValue *src = owner_is_list ? molt_list_obj(owner)->items : molt_tuple_obj(owner)->items;
    memmove(x->items + x->size, src, (size_t)n * sizeof(MoltValue));
    x->size += n;
    return 0;
}

int molt_list_extend(MoltValue l, MoltValue iterable) {
    if (molt_is_list(iterable))
        return extend_items(l, iterable, molt_list_obj(iterable)->size, true);
    if (molt_is_tuple(iterable))
        return extend_items(l, iterable, molt_tuple_obj(iterable)->size, false);
    MOLT_ROOTS2(l, iterable);
    MoltValue it = molt_iter(iterable);
    int rc = -1;
    if (it) {
        MOLT_ROOTS1(it);
        for (;;) {
            MoltValue x = molt_next(it);
            if (!x) {
                rc = molt_err_occurred() ? -1 : 0;
                break;
            }
            if (molt_list_append(l, x) < 0) break;
        }
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return rc;
}

int molt_list_extend_starred(MoltValue l, MoltValue iterable) {
    MoltType *t = molt_type_of(iterable);
    if (!t->iter && !t->getitem) {
        molt_err_format(&molt_TypeError, "Value after * must be an iterable, not %s", t->name);
        return -1;
    }
    return molt_list_extend(l, iterable);
}

MoltValue molt_list_from_iterable(MoltValue iterable) {
    MOLT_ROOTS1(iterable);
    int64_t hint = molt_is_list(iterable) ? molt_list_obj(iterable)->size
                 : molt_is_tuple(iterable) ? molt_tuple_obj(iterable)->size : 0;
    MoltValue l = molt_list_new(hint);
    MoltValue r = MOLT_ERR;
    if (l) {
        MOLT_ROOTS1(l);
        if (molt_list_extend(l, iterable) == 0) r = l;
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return r;
}

int molt_list_insert(MoltValue l, int64_t index, MoltValue item) {
    MOLT_ROOTS1(item);
    int rc = reserve(l, molt_list_obj(l)->size + 1);
    MOLT_UNROOT();
    if (rc < 0) return -1;
    MoltList *x = molt_list_obj(l);
    if (index < 0) {
        index += x->size;
        if (index < 0) index = 0;
    } else if (index > x->size) {
        index = x->size;
    }
    memmove(x->items + index + 1, x->items + index, (size_t)(x->size - index) * sizeof(MoltValue));
    x->items[index] = item;
    x->size++;
    return 0;
}

MoltValue molt_list_pop(MoltValue l, int64_t index) {
    MoltList *x = molt_list_obj(l);
    if (x->size == 0) return molt_err_format(&molt_IndexError, "pop from empty list");
    if (index < 0) index += x->size;
    if (index < 0 || index >= x->size) return molt_err_format(&molt_IndexError, "pop index out of range");
    MoltValue item = x->items[index];
    memmove(x->items + index, x->items + index + 1, (size_t)(x->size - index - 1) * sizeof(MoltValue));
    x->size--;
    x->items[x->size] = MOLT_ERR;
    return item;
}

/* First index of item in l[lo:hi], -1 if absent, -2 on error. */
static int64_t find(MoltValue l, MoltValue item, int64_t lo, int64_t hi) {
    MOLT_ROOTS2(l, item);
    int64_t found = -1;
    for (int64_t i = lo; i < hi && i < molt_list_obj(l)->size; i++) {
        int eq = molt_seq_item_eq(molt_list_obj(l)->items[i], item);
        if (eq) {
            found = eq < 0 ? -2 : i;
            break;
        }
    }
    MOLT_UNROOT();
    return found;
}

int molt_list_remove(MoltValue l, MoltValue item) {
    int64_t i = find(l, item, 0, INT64_MAX);
    if (i == -2) return -1;
    if (i < 0) {
        molt_err_format(&molt_ValueError, "list.remove(x): x not in list");
        return -1;
    }
    molt_list_pop(l, i);
    return 0;
}

MoltValue molt_list_index(MoltValue l, MoltValue item, MoltValue start, MoltValue stop) {
    int64_t n = molt_list_obj(l)->size, lo = 0, hi = n;
    if (start && start != molt_None && !molt_index_clamped(start, &lo)) return MOLT_ERR;
    if (stop && stop != molt_None && !molt_index_clamped(stop, &hi)) return MOLT_ERR;
    if (lo < 0) { lo += n; if (lo < 0) lo = 0; }
    if (hi < 0) { hi += n; if (hi < 0) hi = 0; }
    int64_t i = find(l, item, lo, hi);
    if (i == -2) return MOLT_ERR;
    if (i < 0) return molt_err_format(&molt_ValueError, "%R is not in list", item);
    return molt_small(i);
}

MoltValue molt_list_count(MoltValue l, MoltValue item) {
    MOLT_ROOTS2(l, item);
    int64_t count = 0;
    for (int64_t i = 0; i < molt_list_obj(l)->size; i++) {
        int eq = molt_seq_item_eq(molt_list_obj(l)->items[i], item);
        if (eq < 0) {
            MOLT_UNROOT();
            return MOLT_ERR;
        }
        count += eq;
    }
    MOLT_UNROOT();
    return molt_small(count);
}

void molt_list_reverse(MoltValue l) {
    MoltList *x = molt_list_obj(l);
    for (int64_t i = 0, j = x->size - 1; i < j; i++, j--) {
        MoltValue t = x->items[i];
        x->items[i] = x->items[j];
        x->items[j] = t;
    }
}

void molt_list_clear(MoltValue l) {
    MoltList *x = molt_list_obj(l);
    x->size = 0;
    x->cap = 0;
    x->items = NULL;
    x->items_buf = MOLT_ERR;
}

MoltValue molt_list_copy(MoltValue l) {
    MOLT_ROOTS1(l);
    MoltValue r = molt_list_new(molt_list_obj(l)->size);
    MOLT_UNROOT();
    if (!r) return MOLT_ERR;
    int64_t n = molt_list_obj(l)->size;
    if (n) memcpy(molt_list_obj(r)->items, molt_list_obj(l)->items, (size_t)n * sizeof(MoltValue));
    molt_list_obj(r)->size = n;
    return r;
}

/* ---------------------------------------------------------------- indexing */

MoltValue molt_list_index_i64(MoltValue l, int64_t i) {
    MoltList *x = molt_list_obj(l);
    if (i < 0) i += x->size;
    if (i < 0 || i >= x->size) return molt_err_format(&molt_IndexError, "list index out of range");
    return x->items[i];
}

static MoltValue slice_copy(MoltValue l, int64_t start, int64_t step, int64_t n) {
    MOLT_ROOTS1(l);
    MoltValue r = molt_list_new(n);
    MOLT_UNROOT();
    if (!r) return MOLT_ERR;
    MoltValue *dst = molt_list_obj(r)->items, *src = molt_list_obj(l)->items;
    for (int64_t k = 0, i = start; k < n; k++, i += step) dst[k] = src[i];
    molt_list_obj(r)->size = n;
    return r;
}

MoltValue molt_list_getitem(MoltValue l, MoltValue key) {
    if (molt_is_small(key)) return molt_list_index_i64(l, molt_small_value(key));
    if (molt_is_slice(key)) {
        int64_t start, stop, step;
        int64_t n = molt_slice_indices(key, molt_list_obj(l)->size, &start, &stop, &step);
        if (n < 0) return MOLT_ERR;
        return slice_copy(l, start, step, n);
    }
    int64_t i;
    int rc = molt_seq_index(key, &i);
    if (rc < 0) return MOLT_ERR;
    if (rc == 0) return molt_err_format(&molt_TypeError, "list indices must be integers or slices, not %T", key);
    return molt_list_index_i64(l, i);
}

int molt_list_set_i64(MoltValue l, int64_t i, MoltValue value) {
    MoltList *x = molt_list_obj(l);
    if (i < 0) i += x->size;
    if (i < 0 || i >= x->size) {
        molt_err_format(&molt_IndexError, "list assignment index out of range");
        return -1;
    }
    if (value) x->items[i] = value;
    else molt_list_pop(l, i);
    return 0;
}

/* del l[start:stop:step] for n selected items. */
static void slice_delete(MoltValue l, int64_t start, int64_t step, int64_t n) {
    MoltList *x = molt_list_obj(l);
    if (n == 0) return;
    if (step < 0) { /* walk it forwards */
        start = start + step * (n - 1);
        step = -step;
    }
    int64_t old = x->size, w = start;
    for (int64_t r = start, k = 0; r < old; r++) {
        if (k < n && r == start + k * step) {
            k++;
            continue;
        }
        x->items[w++] = x->items[r];
    }
    x->size = w;
    clear_tail(x, old);
}

static int slice_assign(MoltValue l, MoltValue key, MoltValue value) {
    int64_t start, stop, step;
    int64_t n = molt_slice_indices(key, molt_list_obj(l)->size, &start, &stop, &step);
    if (n < 0) return -1;
    if (!value) {
        slice_delete(l, start, step, n);
        return 0;
    }
    /* Copy the source first: it may be l itself or a lazy iterable. */
    MoltValue src;
    if (molt_is_list(value) || molt_is_tuple(value)) {
        MOLT_ROOTS1(l);
        src = molt_list_from_iterable(value);
        MOLT_UNROOT();
    } else {
        MOLT_ROOTS1(l);
        src = molt_list_from_iterable(value);
        MOLT_UNROOT();
        if (!src && molt_err_matches(&molt_TypeError)) {
            molt_err_clear();
            molt_err_format(&molt_TypeError, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        }
    }
    if (!src) return -1;
    int64_t m = molt_list_obj(src)->size;
    if (step == 1) {
        if (stop < start) stop = start;
        int64_t old = molt_list_obj(l)->size, delta = m - (stop - start);
        if (delta > 0) {
            MOLT_ROOTS2(l, src);
            int rc = reserve(l, old + delta);
            MOLT_UNROOT();
            if (rc < 0) return -1;
        }
        MoltList *x = molt_list_obj(l);
        if (old - stop > 0) memmove(x->items + stop + delta, x->items + stop, (size_t)(old - stop) * sizeof(MoltValue));
        if (m) memcpy(x->items + start, molt_list_obj(src)->items, (size_t)m * sizeof(MoltValue));
        x->size = old + delta;
        if (delta < 0) clear_tail(x, old);
        return 0;
    }
    if (m != n) {
        molt_err_format(&molt_ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
                        (long long)m, (long long)n);
        return -1;
    }
    MoltList *x = molt_list_obj(l);
    for (int64_t k = 0, i = start; k < n; k++, i += step) x->items[i] = molt_list_obj(src)->items[k];
    return 0;
}

int molt_list_setitem(MoltValue l, MoltValue key, MoltValue value) {
    if (molt_is_small(key)) return molt_list_set_i64(l, molt_small_value(key), value);
    if (molt_is_slice(key)) return slice_assign(l, key, value);
    int64_t i;
    int rc = molt_seq_index(key, &i);
    if (rc < 0) return -1;
    if (rc == 0) {
        molt_err_format(&molt_TypeError, "list indices must be integers or slices, not %T", key);
        return -1;
    }
    return molt_list_set_i64(l, i, value);
}

/* ---------------------------------------------------------------- operators */

static MoltValue *list_items_fn(MoltValue l, int64_t *n) {
    *n = molt_list_obj(l)->size;
    return molt_list_obj(l)->items;
}

MoltValue molt_list_richcmp(MoltValue a, MoltValue b, int op) {
    if (!molt_isinstance_type(a, &molt_list_type) || !molt_isinstance_type(b, &molt_list_type))
        return molt_NotImplemented;
    return molt_seq_richcmp(a, b, op, list_items_fn);
}

MoltValue molt_list_repr(MoltValue l) {
    if (molt_list_obj(l)->size == 0) return molt_str_from_cstr("[]");
    int guard = molt_repr_enter(l);
    if (guard < 0) return MOLT_ERR;
    if (guard > 0) return molt_str_from_cstr("[...]");
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_putc(&b, '[');
    MOLT_ROOTS1(l);
    for (int64_t i = 0; i < molt_list_obj(l)->size; i++) {
        MoltValue r = molt_repr(molt_list_obj(l)->items[i]);
        if (!r) {
            MOLT_UNROOT();
            molt_repr_leave(l);
            molt_sbuf_free(&b);
            return MOLT_ERR;
        }
        if (i) molt_sbuf_put(&b, ", ", 2);
        molt_sbuf_put_str(&b, r);
    }
    MOLT_UNROOT();
    molt_repr_leave(l);
    molt_sbuf_putc(&b, ']');
    return molt_sbuf_finish(&b);
}

MoltValue molt_list_concat(MoltValue a, MoltValue b) {
    if (!molt_isinstance_type(b, &molt_list_type))
        return molt_err_format(&molt_TypeError, "can only concatenate list (not \"%T\") to list", b);
    int64_t na = molt_list_obj(a)->size, nb = molt_list_obj(b)->size;
    MOLT_ROOTS2(a, b);
    MoltValue r = molt_list_new(na + nb);
    MOLT_UNROOT();
    if (!r) return MOLT_ERR;
    MoltList *x = molt_list_obj(r);
    if (na) memcpy(x->items, molt_list_obj(a)->items, (size_t)na * sizeof(MoltValue));
    if (nb) memcpy(x->items + na, molt_list_obj(b)->items, (size_t)nb * sizeof(MoltValue));
    x->size = na + nb;
    return r;
}

static MoltValue list_add_slot(MoltValue a, MoltValue b) {
    if (!molt_isinstance_type(a, &molt_list_type)) return molt_NotImplemented;
    if (!molt_isinstance_type(b, &molt_list_type) && (molt_type_of(b)->flags & MOLT_TYPE_HEAP))
        return molt_NotImplemented;
    return molt_list_concat(a, b);
}

MoltValue molt_list_repeat(MoltValue l, int64_t n) {
    int64_t size = molt_list_obj(l)->size;
    if (n < 0) n = 0;
    if (size && n > INT64_MAX / size) return molt_err_no_memory();
    MOLT_ROOTS1(l);
    MoltValue r = molt_list_new(size * n);
    MOLT_UNROOT();
    if (!r) return MOLT_ERR;
    MoltList *x = molt_list_obj(r);
    for (int64_t k = 0; size && k < n; k++)
        memcpy(x->items + k * size, molt_list_obj(l)->items, (size_t)size * sizeof(MoltValue));
    x->size = size * n;
    return r;
}

static MoltValue list_mul_slot(MoltValue a, MoltValue b) {
    MoltValue l = molt_isinstance_type(a, &molt_list_type) ? a : b;
    MoltValue n = l == a ? b : a;
    int64_t count;
    int rc = molt_repeat_count(n, &count);
    if (rc == 0) {
        /* User classes may still implement the operation; builtin operands cannot. */
        if (molt_type_of(n)->flags & MOLT_TYPE_HEAP) return molt_NotImplemented;
        return molt_err_format(&molt_TypeError, "can't multiply sequence by non-int of type '%T'", n);
    }
    if (rc < 0) return MOLT_ERR;
    return molt_list_repeat(l, count);
}

MoltValue molt_list_inplace_concat(MoltValue l, MoltValue iterable) {
    MOLT_ROOTS1(l);
    int rc = molt_list_extend(l, iterable);
    MOLT_UNROOT();
    return rc < 0 ? MOLT_ERR : l;
}

MoltValue molt_list_inplace_repeat(MoltValue l, int64_t n) {
    int64_t size = molt_list_obj(l)->size;
    if (n <= 0 || size == 0) {
        molt_list_clear(l);
        return l;
    }
    if (n > INT64_MAX / size) return molt_err_no_memory();
    MOLT_ROOTS1(l);
    int rc = reserve(l, size * n);
    MOLT_UNROOT();
    if (rc < 0) return MOLT_ERR;
    MoltList *x = molt_list_obj(l);
    for (int64_t k = 1; k < n; k++) memcpy(x->items + k * size, x->items, (size_t)size * sizeof(MoltValue));
    x->size = size * n;
    return l;
}

int molt_list_contains(MoltValue l, MoltValue item) {
    int64_t i = find(l, item, 0, INT64_MAX);
    return i == -2 ? -1 : i >= 0;
}

static int64_t list_len_slot(MoltValue l) { return molt_list_obj(l)->size; }
static MoltValue list_to_bool(MoltValue l) { return molt_bool(molt_list_obj(l)->size != 0); }

/* ---------------------------------------------------------------- iterators */

typedef struct MoltListIter {
    MoltObject ob;
    MoltValue seq;  /* MOLT_ERR once exhausted */
    int64_t pos;
} MoltListIter;

static void list_iter_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((MoltListIter *)self)->seq); }
static MoltValue iter_self(MoltValue it) { return it; }

static MoltValue list_iter_next(MoltValue v) {
    MoltListIter *it = (MoltListIter *)molt_obj(v);
    if (!it->seq) return MOLT_ERR;
    MoltList *l = molt_list_obj(it->seq);
    if (it->pos >= l->size) {
        it->seq = MOLT_ERR;
        return MOLT_ERR;
    }
    return l->items[it->pos++];
}

static MoltValue list_reviter_next(MoltValue v) {
    MoltListIter *it = (MoltListIter *)molt_obj(v);
    if (!it->seq) return MOLT_ERR;
    MoltList *l = molt_list_obj(it->seq);
    if (it->pos < 0 || it->pos >= l->size) {
        it->seq = MOLT_ERR;
        return MOLT_ERR;
    }
    return l->items[it->pos--];
}

MoltType molt_list_iterator_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "list_iterator",
    .base = &molt_object_type,
    .trace = list_iter_trace,
    .iter = iter_self,
    .next = list_iter_next,
};

MoltType molt_list_reverseiterator_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "list_reverseiterator",
    .base = &molt_object_type,
    .trace = list_iter_trace,
    .iter = iter_self,
    .next = list_reviter_next,
};

static MoltValue make_iter(MoltType *t, MoltValue l, int64_t pos) {
    MOLT_ROOTS1(l);
    MoltValue it = molt_gc_alloc(t, sizeof(MoltListIter));
    MOLT_UNROOT();
    if (!it) return MOLT_ERR;
    ((MoltListIter *)molt_obj(it))->seq = l;
    ((MoltListIter *)molt_obj(it))->pos = pos;
    return it;
}

MoltValue molt_list_iter(MoltValue l) { return make_iter(&molt_list_iterator_type, l, 0); }
MoltValue molt_list_reversed(MoltValue l) {
    return make_iter(&molt_list_reverseiterator_type, l, molt_list_obj(l)->size - 1);
}

MoltType molt_list_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "list",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_DICT_SLOT,
    .instance_size = sizeof(MoltList),
    .trace = list_trace,
    .repr = molt_list_repr,
    .richcmp = molt_list_richcmp,
    .iter = molt_list_iter,
    .len = list_len_slot,
    .getitem = molt_list_getitem,
    .setitem = molt_list_setitem,
    .contains = molt_list_contains,
    .to_bool = list_to_bool,
    .number = {[MOLT_OP_ADD] = list_add_slot, [MOLT_OP_MUL] = list_mul_slot},
    .number_reflected = {[MOLT_OP_MUL] = list_mul_slot},
};
