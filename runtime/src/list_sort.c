/*
 * list.sort: stable merge sort (insertion sort on short runs, already-ordered runs detected
 * for free) with key= and reverse=, comparing with `<` like CPython and propagating exceptions.
 * reverse=True reverses, sorts and reverses again, which keeps equal elements in their original
 * order exactly as CPython does.
 */
#include <stdlib.h>
#include <string.h>

#include "molt/buffer.h"
#include "molt/exceptions.h"
#include "molt/list.h"
#include "molt/str.h"

typedef struct Sorter {
    MoltValue *keys;   /* sort keys (== vals when no key function) */
    MoltValue *vals;
    MoltValue *tmpk, *tmpv;
    int kind;          /* KIND_* fast path for homogeneous keys */
    bool failed;
} Sorter;

enum { KIND_GENERIC, KIND_SMALLINT, KIND_STR };

/* a < b; sets failed on error (the sort then just finishes without further comparisons). */
static bool lt(Sorter *s, MoltValue a, MoltValue b) {
    if (s->failed) return false;
    switch (s->kind) {
    case KIND_SMALLINT: return molt_small_value(a) < molt_small_value(b);
    case KIND_STR: return molt_str_cmp(a, b) < 0;
    default: {
        int r = molt_compare_bool(MOLT_LT, a, b);
        if (r < 0) {
            s->failed = true;
            return false;
        }
        return r != 0;
    }
    }
}

static void insertion_sort(Sorter *s, int64_t lo, int64_t hi) {
    for (int64_t i = lo + 1; i < hi; i++) {
        MoltValue k = s->keys[i], v = s->vals[i];
        int64_t j = i;
        while (j > lo && lt(s, k, s->keys[j - 1])) {
            s->keys[j] = s->keys[j - 1];
            s->vals[j] = s->vals[j - 1];
            j--;
        }
        s->keys[j] = k;
        s->vals[j] = v;
    }
}

static void merge(Sorter *s, int64_t lo, int64_t mid, int64_t hi) {
    /* Already in order: the common case for partially sorted input. */
    if (!lt(s, s->keys[mid], s->keys[mid - 1])) return;
    int64_t n = mid - lo;
    memcpy(s->tmpk, s->keys + lo, (size_t)n * sizeof(MoltValue));
    memcpy(s->tmpv, s->vals + lo, (size_t)n * sizeof(MoltValue));
    int64_t i = 0, j = mid, k = lo;
    while (i < n && j < hi) {
        /* Take from the right only when strictly smaller: stability. */
        if (lt(s, s->keys[j], s->tmpk[i])) {
            s->keys[k] = s->keys[j];
            s->vals[k++] = s->vals[j++];
        } else {
            s->keys[k] = s->tmpk[i];
            s->vals[k++] = s->tmpv[i++];
        }
    }
    while (i < n) {
        s->keys[k] = s->tmpk[i];
        s->vals[k++] = s->tmpv[i++];
    }
}

static void sort_range(Sorter *s, int64_t lo, int64_t hi) {
    if (hi - lo <= 24) {
        insertion_sort(s, lo, hi);
        return;
    }
    int64_t mid = lo + (hi - lo) / 2;
    sort_range(s, lo, mid);
    sort_range(s, mid, hi);
    merge(s, lo, mid, hi);
}

static void reverse(MoltValue *a, int64_t n) {
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        MoltValue t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

int molt_list_sort(MoltValue l, MoltValue key, bool rev) {
    if (key == molt_None) key = MOLT_ERR;
    int64_t n = molt_list_size(l);
    if (n < 2 && !key) return 0;
    /* keep: rooted copies of values (and keys) that stay intact, so every object stays alive
     * while the work arrays (malloc'd) shuffle them and comparisons run arbitrary code. */
    MoltValue keep = MOLT_ERR;
    MOLT_ROOTS3(l, key, keep);
    int rc = -1;
    Sorter s = {0};
    MoltValue *work = NULL;
    keep = molt_buffer_values(key ? 2 * n : n);
    if (!keep) goto out;
    MoltValue *kept = molt_buffer_data(keep);
    memcpy(kept, molt_list_items(l), (size_t)n * sizeof(MoltValue));
    if (key) {
        for (int64_t i = 0; i < n; i++) {
            MoltValue k = molt_call(key, &kept[i], 1, MOLT_ERR);
            if (!k) goto out;
            kept = molt_buffer_data(keep);
            kept[n + i] = k;
        }
    }
    work = malloc((size_t)(n ? n : 1) * 4 * sizeof(MoltValue));
    if (!work) {
        molt_err_no_memory();
        goto out;
    }
    s.vals = work;
    s.keys = key ? work + n : work;
    s.tmpv = work + 2 * n;
    s.tmpk = key ? work + 3 * n : s.tmpv;
    memcpy(s.vals, kept, (size_t)n * sizeof(MoltValue));
    if (key) memcpy(s.keys, kept + n, (size_t)n * sizeof(MoltValue));
    bool all_small = true, all_str = true;
    for (int64_t i = 0; i < n; i++) {
        all_small = all_small && molt_is_small(s.keys[i]);
        all_str = all_str && molt_is_str(s.keys[i]);
    }
    s.kind = all_small ? KIND_SMALLINT : all_str ? KIND_STR : KIND_GENERIC;
    if (rev) {
        reverse(s.vals, n);
        if (key) reverse(s.keys, n);
    }
    sort_range(&s, 0, n);
    if (s.failed) goto out;
    if (rev) reverse(s.vals, n);
    if (molt_list_size(l) != n) {
        molt_err_format(&molt_ValueError, "list modified during sort");
        goto out;
    }
    memcpy(molt_list_items(l), s.vals, (size_t)n * sizeof(MoltValue));
    rc = 0;
out:
    free(work);
    MOLT_UNROOT();
    return rc;
}
