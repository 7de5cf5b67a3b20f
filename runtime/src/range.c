/*
 * range and slice objects, plus the index conversions every sequence shares
 * (CPython's PyNumber_AsSsize_t, PySlice_Unpack and PySlice_AdjustIndices).
 */
#include <stdio.h>

#include "molt/exceptions.h"
#include "molt/int.h"
#include "molt/range.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"

/* ---------------------------------------------------------------- index conversions */

static bool index_like(MoltValue v) {
    return molt_is_small(v) || molt_is_int_like(v) || molt_type_of(v)->to_index != NULL;
}

/* v as an int (via __index__ when needed); MOLT_ERR with an exception if that fails. */
static MoltValue as_int(MoltValue v) {
    if (molt_is_int(v)) return v;
    return molt_index(v);
}

int molt_seq_index(MoltValue key, int64_t *out) {
    if (molt_is_small(key)) {
        *out = molt_small_value(key);
        return 1;
    }
    if (!index_like(key)) return 0;
    MoltValue i = as_int(key);
    if (!i) return -1;
    if (!molt_int_as_i64(i, out)) {
        molt_err_format(&molt_IndexError, "cannot fit '%T' into an index-sized integer", key);
        return -1;
    }
    return 1;
}

int molt_repeat_count(MoltValue n, int64_t *out) {
    if (molt_is_small(n)) {
        *out = molt_small_value(n);
        return 1;
    }
    if (!index_like(n)) return 0;
    MoltValue i = as_int(n);
    if (!i) return -1;
    if (!molt_int_as_i64(i, out)) {
        molt_err_format(&molt_OverflowError, "cannot fit '%T' into an index-sized integer", n);
        return -1;
    }
    return 1;
}

bool molt_index_clamped(MoltValue v, int64_t *out) {
    if (molt_is_small(v)) {
        *out = molt_small_value(v);
        return true;
    }
    if (!index_like(v)) {
        molt_err_format(&molt_TypeError, "slice indices must be integers or None or have an __index__ method");
        return false;
    }
    MoltValue i = as_int(v);
    if (!i) return false;
    if (!molt_int_as_i64(i, out)) *out = molt_int_sign(i) < 0 ? -INT64_MAX : INT64_MAX;
    return true;
}

/* ---------------------------------------------------------------- slice objects */

static void slice_trace(MoltObject *self, MoltVisitor *v) {
    MoltSlice *s = (MoltSlice *)self;
    molt_visit(v, s->start);
    molt_visit(v, s->stop);
    molt_visit(v, s->step);
}

MoltValue molt_slice_new(MoltValue start, MoltValue stop, MoltValue step) {
    if (!start) start = molt_None;
    if (!stop) stop = molt_None;
    if (!step) step = molt_None;
    MOLT_ROOTS3(start, stop, step);
    MoltValue v = molt_gc_alloc(&molt_slice_type, sizeof(MoltSlice));
    MOLT_UNROOT();
    if (!v) return MOLT_ERR;
    MoltSlice *s = (MoltSlice *)molt_obj(v);
    s->start = start;
    s->stop = stop;
    s->step = step;
    return v;
}

int64_t molt_slice_indices(MoltValue slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step) {
    MoltSlice *s = (MoltSlice *)molt_obj(slice);
    if (s->step == molt_None) *step = 1;
    else {
        if (!molt_index_clamped(s->step, step)) return -1;
        if (*step == 0) {
            molt_err_format(&molt_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    if (s->start == molt_None) *start = *step < 0 ? INT64_MAX : 0;
    else if (!molt_index_clamped(s->start, start)) return -1;
    if (s->stop == molt_None) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (!molt_index_clamped(s->stop, stop)) return -1;

    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = *step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = *step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = *step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = *step < 0 ? length - 1 : length;
    }
    if (*step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-*step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / *step + 1;
    }
    return 0;
}

MoltValue molt_slice_repr(MoltValue v) {
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_puts(&b, "slice(");
    MOLT_ROOTS1(v);
    for (int i = 0; i < 3; i++) {
        MoltSlice *s = (MoltSlice *)molt_obj(v);
        MoltValue r = molt_repr(i == 0 ? s->start : i == 1 ? s->stop : s->step);
        if (!r) {
            MOLT_UNROOT();
            molt_sbuf_free(&b);
            return MOLT_ERR;
        }
        if (i) molt_sbuf_puts(&b, ", ");
        molt_sbuf_put_str(&b, r);
    }
    MOLT_UNROOT();
    molt_sbuf_putc(&b, ')');
    return molt_sbuf_finish(&b);
}

static MoltValue slice_richcmp(MoltValue a, MoltValue b, int op) {
    if (!molt_is_slice(b) || !molt_is_slice(a)) return molt_NotImplemented;
    MoltSlice *x = (MoltSlice *)molt_obj(a), *y = (MoltSlice *)molt_obj(b);
    MoltValue ta = molt_tuple_pack(3, x->start, x->stop, x->step);
    if (!ta) return MOLT_ERR;
    MOLT_ROOTS1(ta);
    y = (MoltSlice *)molt_obj(b);
    MoltValue tb = molt_tuple_pack(3, y->start, y->stop, y->step);
    MOLT_UNROOT();
    if (!tb) return MOLT_ERR;
    return molt_tuple_richcmp(ta, tb, op);
}

MoltType molt_slice_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "slice",
    .base = &molt_object_type,
    .trace = slice_trace,
    .repr = molt_slice_repr,
    .richcmp = slice_richcmp,
};

/* ---------------------------------------------------------------- range */

/* Number of items, or -1 when it exceeds int64 (len() then raises OverflowError, as in CPython). */
static int64_t range_length(int64_t start, int64_t stop, int64_t step) {
    /* Unsigned arithmetic: stop - start may overflow int64. */
    uint64_t n = 0;
    if (step > 0 && start < stop) n = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
    else if (step < 0 && start > stop) n = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
    return n > (uint64_t)INT64_MAX ? -1 : (int64_t)n;
}

int molt_range_check_step(int64_t step) {
    if (step != 0) return 0;
    molt_err_set_str(&molt_ValueError, "range() arg 3 must not be zero");
    return -1;
}

MoltValue molt_range_new(int64_t start, int64_t stop, int64_t step) {
    if (molt_range_check_step(step) < 0) return MOLT_ERR;
    MoltValue v = molt_gc_alloc(&molt_range_type, sizeof(MoltRange));
    if (!v) return MOLT_ERR;
    MoltRange *r = (MoltRange *)molt_obj(v);
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = range_length(start, stop, step);
    return v;
}

static bool range_arg(MoltValue v, int64_t *out) {
    if (molt_is_small(v)) {
        *out = molt_small_value(v);
        return true;
    }
    if (!index_like(v)) {
        molt_err_format(&molt_TypeError, "'%T' object cannot be interpreted as an integer", v);
        return false;
    }
    MoltValue i = as_int(v);
    if (!i) return false;
    if (!molt_int_as_i64(i, out)) {
        molt_err_format(&molt_OverflowError, "Python int too large to convert to C long");
        return false;
    }
    return true;
}

MoltValue molt_range_from_args(const MoltValue *args, int64_t nargs) {
    int64_t a[3];
    if (nargs < 1) return molt_err_format(&molt_TypeError, "range expected at least 1 argument, got %lld", (long long)nargs);
    if (nargs > 3) return molt_err_format(&molt_TypeError, "range expected at most 3 arguments, got %lld", (long long)nargs);
    for (int64_t i = 0; i < nargs; i++)
        if (!range_arg(args[i], &a[i])) return MOLT_ERR;
    if (nargs == 1) return molt_range_new(0, a[0], 1);
    return molt_range_new(a[0], a[1], nargs == 3 ? a[2] : 1);
}

int64_t molt_range_len(MoltValue v) {
    int64_t n = ((MoltRange *)molt_obj(v))->length;
    if (n < 0) molt_err_format(&molt_OverflowError, "Python int too large to convert to C ssize_t");
    return n;
}

static MoltValue range_item(MoltRange *r, int64_t i) {
    return molt_int_from_i64((int64_t)((uint64_t)r->start + (uint64_t)i * (uint64_t)r->step));
}

/* Position of an int in the range, or -1. */
static int64_t range_find(MoltRange *r, MoltValue item) {
    int64_t x;
    if (molt_is_small(item)) x = molt_small_value(item);
    else if (!molt_int_as_i64(item, &x)) return -1;
    if (r->length == 0) return -1;
    if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return -1;
    uint64_t diff = r->step > 0 ? (uint64_t)x - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)x;
    uint64_t st = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
    if (diff % st) return -1;
    return (int64_t)(diff / st);
}

/* Non-int items fall back to comparing with every element, as CPython does. */
static int range_linear(MoltValue rv, MoltValue item, int64_t *count, bool first_only) {
    MoltRange *r = (MoltRange *)molt_obj(rv);
    *count = 0;
    for (int64_t i = 0; i < r->length; i++) {
        MoltValue x = range_item((MoltRange *)molt_obj(rv), i);
        if (!x) return -1;
        int eq = molt_equal(x, item);
        if (eq < 0) return -1;
        if (eq) {
            if (first_only) {
                *count = i;
                return 1;
            }
            (*count)++;
        }
        r = (MoltRange *)molt_obj(rv);
    }
    return first_only ? 0 : 1;
}

int molt_range_contains(MoltValue rv, MoltValue item) {
    MoltRange *r = (MoltRange *)molt_obj(rv);
    if (molt_is_int_like(item)) return range_find(r, item) >= 0;
    int64_t pos;
    return range_linear(rv, item, &pos, true);
}

MoltValue molt_range_index(MoltValue rv, MoltValue item) {
    MoltRange *r = (MoltRange *)molt_obj(rv);
    if (molt_is_int_like(item)) {
        int64_t i = range_find(r, item);
        if (i < 0) return molt_err_format(&molt_ValueError, "%R is not in range", item);
        return molt_small(i);
    }
    int64_t pos;
    int rc = range_linear(rv, item, &pos, true);
    if (rc < 0) return MOLT_ERR;
    if (rc == 0) return molt_err_format(&molt_ValueError, "sequence.index(x): x not in sequence");
    return molt_small(pos);
}

MoltValue molt_range_count(MoltValue rv, MoltValue item) {
    if (molt_is_int_like(item)) return molt_small(range_find((MoltRange *)molt_obj(rv), item) >= 0);
    int64_t n;
    if (range_linear(rv, item, &n, false) < 0) return MOLT_ERR;
    return molt_small(n);
}

MoltValue molt_range_getitem(MoltValue rv, MoltValue key) {
    MoltRange *r = (MoltRange *)molt_obj(rv);
    if (molt_is_slice(key)) {
        int64_t start, stop, step;
        int64_t n = molt_slice_indices(key, r->length, &start, &stop, &step);
        if (n < 0) return MOLT_ERR;
        r = (MoltRange *)molt_obj(rv);
        int64_t nstep = r->step * step;
        int64_t nstart = r->start + start * r->step;
        int64_t nstop = r->start + stop * r->step;
        return molt_range_new(nstart, nstop, nstep);
    }
    int64_t i;
    int rc = molt_seq_index(key, &i);
    if (rc == 0) return molt_err_format(&molt_TypeError, "range indices must be integers or slices, not %T", key);
    if (rc < 0) {
        if (molt_err_matches(&molt_IndexError)) {
            molt_err_clear();
            return molt_err_format(&molt_IndexError, "range object index out of range");
        }
        return MOLT_ERR;
    }
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length) return molt_err_format(&molt_IndexError, "range object index out of range");
    return range_item(r, i);
}

MoltValue molt_range_repr(MoltValue rv) {
    MoltRange *r = (MoltRange *)molt_obj(rv);
    char buf[96];
    if (r->step == 1) snprintf(buf, sizeof buf, "range(%lld, %lld)", (long long)r->start, (long long)r->stop);
    else snprintf(buf, sizeof buf, "range(%lld, %lld, %lld)", (long long)r->start, (long long)r->stop, (long long)r->step);
    return molt_str_from_cstr(buf);
}

static int64_t range_hash(MoltValue rv) {
    /* CPython hashes (len, start, step) with start/step None when they do not matter. */
    MoltRange *r = (MoltRange *)molt_obj(rv);
    int64_t len = r->length, start = r->start, step = r->step;
    MoltValue t = molt_tuple_new(3);
    if (!t) return -1;
    MOLT_ROOTS1(t);
    MoltValue *items = molt_tuple_items(t);
    items[0] = items[1] = items[2] = molt_None;
    MoltValue x = molt_int_from_i64(len);
    if (x) molt_tuple_items(t)[0] = x;
    if (x && len > 0) {
        x = molt_int_from_i64(start);
        if (x) molt_tuple_items(t)[1] = x;
    }
    if (x && len > 1) {
        x = molt_int_from_i64(step);
        if (x) molt_tuple_items(t)[2] = x;
    }
    MOLT_UNROOT();
    if (!x) return -1;
    return molt_tuple_hash(t);
}

static MoltValue range_richcmp(MoltValue a, MoltValue b, int op) {
    if (!molt_is_range(a) || !molt_is_range(b) || (op != MOLT_EQ && op != MOLT_NE)) return molt_NotImplemented;
    MoltRange *x = (MoltRange *)molt_obj(a), *y = (MoltRange *)molt_obj(b);
    bool eq;
    if (x->length != y->length) eq = false;
    else if (x->length == 0) eq = true;
    else if (x->start != y->start) eq = false;
    else eq = x->length == 1 || x->step == y->step;
    return molt_bool(op == MOLT_EQ ? eq : !eq);
}

static int64_t range_len_slot(MoltValue r) { return molt_range_len(r); }
static MoltValue range_to_bool(MoltValue r) { return molt_bool(((MoltRange *)molt_obj(r))->length != 0); }

/* ---------------------------------------------------------------- range iterator */

typedef struct MoltRangeIter {
    MoltObject ob;
    int64_t next, step, remaining;
} MoltRangeIter;

static MoltValue range_iter_next(MoltValue v) {
    MoltRangeIter *it = (MoltRangeIter *)molt_obj(v);
    if (it->remaining <= 0) return MOLT_ERR;
    int64_t x = it->next;
    it->remaining--;
    it->next = (int64_t)((uint64_t)it->next + (uint64_t)it->step);
    return molt_int_from_i64(x);
}

static MoltValue iter_self(MoltValue it) { return it; }

MoltType molt_range_iterator_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "range_iterator",
    .base = &molt_object_type,
    .iter = iter_self,
    .next = range_iter_next,
};

MoltValue molt_range_iter(MoltValue rv) {
    MoltRange *r = (MoltRange *)molt_obj(rv);
    int64_t start = r->start, step = r->step, n = r->length;
    MoltValue v = molt_gc_alloc(&molt_range_iterator_type, sizeof(MoltRangeIter));
    if (!v) return MOLT_ERR;
    MoltRangeIter *it = (MoltRangeIter *)molt_obj(v);
    it->next = start;
    it->step = step;
    it->remaining = n < 0 ? INT64_MAX : n;
    return v;
}

MoltType molt_range_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "range",
    .base = &molt_object_type,
    .repr = molt_range_repr,
    .hash = range_hash,
    .richcmp = range_richcmp,
    .iter = molt_range_iter,
    .len = range_len_slot,
    .getitem = molt_range_getitem,
    .contains = molt_range_contains,
    .to_bool = range_to_bool,
};
