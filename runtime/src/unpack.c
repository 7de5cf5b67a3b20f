/* Iterable unpacking for assignment targets (a, b = x; a, *b, c = x) with CPython's messages. */
#include "molt/exceptions.h"
#include "molt/gc.h"
#include "molt/list.h"
#include "molt/tuple.h"
#include "molt/unpack.h"

static MoltValue iter_for_unpack(MoltValue seq) {
    MoltType *t = molt_type_of(seq);
    if (!t->iter && !t->getitem) return molt_err_format(&molt_TypeError, "cannot unpack non-iterable %s object", t->name);
    return molt_iter(seq);
}

static void too_many(int64_t n) {
    molt_err_format(&molt_ValueError, "too many values to unpack (expected %lld)", (long long)n);
}

static void not_enough(int64_t n, int64_t got) {
    molt_err_format(&molt_ValueError, "not enough values to unpack (expected %lld, got %lld)", (long long)n,
                    (long long)got);
}

int molt_unpack(MoltValue seq, int64_t n, MoltValue *out) {
    for (int64_t i = 0; i < n; i++) out[i] = MOLT_ERR;
    /* Tuples and lists of the right size need no iterator. */
    if (molt_is_tuple(seq) || molt_is_list(seq)) {
        int64_t size = molt_is_tuple(seq) ? molt_tuple_size(seq) : molt_list_size(seq);
        MoltValue *items = molt_is_tuple(seq) ? molt_tuple_items(seq) : molt_list_items(seq);
        if (size == n) {
            for (int64_t i = 0; i < n; i++) out[i] = items[i];
            return 0;
        }
        if (size > n) too_many(n);
        else not_enough(n, size);
        return -1;
    }
    MoltRootArray ra;
    molt_root_array_push(&ra, out, n);
    MoltValue it = iter_for_unpack(seq);
    int rc = -1;
    if (it) {
        MOLT_ROOTS1(it);
        int64_t got = 0;
        for (; got < n; got++) {
            MoltValue x = molt_next(it);
            if (!x) break;
            out[got] = x;
        }
        if (got < n) {
            if (!molt_err_occurred()) not_enough(n, got);
        } else {
            /* CPython asks for exactly one more item, so an endless iterator still ends here. */
            MoltValue extra = molt_next(it);
            if (extra) too_many(n);
            else if (!molt_err_occurred()) rc = 0;
        }
        MOLT_UNROOT();
    }
    molt_root_array_pop(&ra);
    if (rc < 0)
        for (int64_t i = 0; i < n; i++) out[i] = MOLT_ERR;
    return rc;
}

MoltValue molt_unpack_sequence(MoltValue seq, int64_t n) {
    MoltValue out = MOLT_ERR;
    MOLT_ROOTS2(seq, out);
    out = molt_tuple_new(n);
    /* The tuple's slots are the out array: rooted through the tuple while unpacking allocates. */
    if (out && molt_unpack(seq, n, molt_tuple_items(out)) < 0) out = MOLT_ERR;
    MOLT_UNROOT();
    return out;
}

MoltValue molt_unpack_ex(MoltValue seq, int64_t before, int64_t after) {
    MoltValue all = MOLT_ERR, out = MOLT_ERR, mid = MOLT_ERR;
    MOLT_ROOTS3(all, out, mid);
    MoltValue it = iter_for_unpack(seq);
    if (it) all = molt_list_from_iterable(it);
    if (all) {
        int64_t size = molt_list_size(all);
        if (size < before + after) {
            molt_err_format(&molt_ValueError, "not enough values to unpack (expected at least %lld, got %lld)",
                            (long long)(before + after), (long long)size);
        } else {
            mid = molt_list_from_array(molt_list_items(all) + before, size - before - after);
            if (mid) out = molt_tuple_new(before + 1 + after);
            if (out) {
                MoltValue *items = molt_list_items(all), *dst = molt_tuple_items(out);
                for (int64_t i = 0; i < before; i++) dst[i] = items[i];
                dst[before] = mid;
                for (int64_t i = 0; i < after; i++) dst[before + 1 + i] = items[size - after + i];
            }
        }
    }
    MOLT_UNROOT();
    return out;
}
