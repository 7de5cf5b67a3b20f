/*
 * dict: CPython's compact layout. A sparse index table (int32 slots: EMPTY, DUMMY or an entry
 * number) probed with CPython's perturbation scheme, pointing into a dense insertion-ordered
 * entries array. Deleted entries leave holes that a resize compacts. Views live in dict_views.c.
 */
#include <string.h>

#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/gc.h"
#include "molt/sbuf.h"
#include "molt/seq.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"
#include "molt/dict_internal.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_SLOTS 8

static void table_trace(MoltObject *self, MoltVisitor *v) {
    MoltDictTable *t = (MoltDictTable *)self;
    MoltDictEntry *e = molt_dict_table_entries(t);
    for (int64_t i = 0; i < t->nentries; i++) {
        molt_visit(v, e[i].key);
        molt_visit(v, e[i].value);
    }
}

MoltType molt_dicttable_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "dicttable",
    .base = &molt_object_type,
    .trace = table_trace,
};

static void dict_trace(MoltObject *self, MoltVisitor *v) {
    molt_visit(v, ((MoltDict *)self)->table);
    molt_visit(v, ((MoltDict *)self)->dict);
}

static MoltValue table_new(int64_t nslots) {
    int64_t cap = nslots * 2 / 3;
    size_t size = sizeof(MoltDictTable) + (size_t)nslots * sizeof(int32_t) + (size_t)cap * sizeof(MoltDictEntry);
    if (nslots > ((int64_t)1 << 31)) return molt_err_no_memory();
    MoltValue tv = molt_gc_alloc(&molt_dicttable_type, size);
    if (!tv) return MOLT_ERR;
    MoltDictTable *t = (MoltDictTable *)molt_obj(tv);
    t->mask = nslots - 1;
    t->capacity = cap;
    memset(molt_dict_table_indices(t), 0xff, (size_t)nslots * sizeof(int32_t)); /* all IX_EMPTY */
    return tv;
}

static int resize(MoltValue d, int64_t need);

static inline MoltDictTable *table_of(MoltValue d) {
    MoltValue t = molt_dict_obj(d)->table;
    return t ? (MoltDictTable *)molt_obj(t) : NULL;
}

MoltValue molt_dict_new(void) { return molt_gc_alloc(&molt_dict_type, sizeof(MoltDict)); }

MoltValue molt_dict_from_arrays(const MoltValue *keys, const MoltValue *values, int64_t n) {
    MoltRootArray rk, rv; /* keys and values may be the only references to fresh values */
    molt_root_array_push(&rk, keys, n);
    molt_root_array_push(&rv, values, n);
    MoltValue d = molt_dict_new();
    int rc = d ? 0 : -1;
    MOLT_ROOTS1(d);
    if (rc == 0 && n > 5) rc = resize(d, n);
    for (int64_t i = 0; rc == 0 && i < n; i++) rc = molt_dict_setitem(d, keys[i], values[i]);
    MOLT_UNROOT();
    molt_root_array_pop(&rv);
    molt_root_array_pop(&rk);
    return rc < 0 ? MOLT_ERR : d;
}

int64_t molt_dict_size(MoltValue d) { return molt_dict_obj(d)->used; }

/* Slot index holding `entry` (whose hash is h). */
static int64_t slot_of_entry(MoltDictTable *t, uint64_t h, int64_t entry) {
    int32_t *ix = molt_dict_table_indices(t);
    uint64_t mask = (uint64_t)t->mask, perturb = h, i = h & mask;
    while (ix[i] != entry) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (int64_t)i;
}

static int64_t empty_slot(MoltDictTable *t, uint64_t h) {
    int32_t *ix = molt_dict_table_indices(t);
    uint64_t mask = (uint64_t)t->mask, perturb = h, i = h & mask;
    while (ix[i] >= 0) {
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
    return (int64_t)i;
}

/* Growing: the table belongs to d alone, so it is resized in place (realloc keeps its pages and
 * its entries, molt_gc_resize_uninit: only entries below nentries are ever read), deleted entries
 * are squeezed out and the indices rebuilt after the new capacity. 0, -1. */
static int grow_in_place(MoltValue d, int64_t nslots) {
    int64_t cap = nslots * 2 / 3;
    size_t size = sizeof(MoltDictTable) + (size_t)nslots * sizeof(int32_t) + (size_t)cap * sizeof(MoltDictEntry);
    if (nslots > ((int64_t)1 << 31)) {
        molt_err_no_memory();
        return -1;
    }
    MOLT_ROOTS1(d);
    MoltValue nt = molt_gc_resize_uninit(molt_dict_obj(d)->table, size);
    MOLT_UNROOT();
    if (!nt) return -1;
    MoltDictTable *t = (MoltDictTable *)molt_obj(nt);
    int64_t old_entries = t->nentries;
    t->mask = nslots - 1;
    t->capacity = cap;
    MoltDictEntry *e = molt_dict_table_entries(t);
    int64_t n = 0;
    for (int64_t i = 0; i < old_entries; i++)
        if (e[i].key) e[n++] = e[i];
    t->nentries = n;
    int32_t *ix = molt_dict_table_indices(t);
    memset(ix, 0xff, (size_t)nslots * sizeof(int32_t)); /* all IX_EMPTY */
    for (int64_t i = 0; i < n; i++) ix[empty_slot(t, (uint64_t)e[i].hash)] = (int32_t)i;
    molt_dict_obj(d)->table = nt;
    molt_dict_obj(d)->version++; /* a lookup comparing keys must restart even if nt == old table */
    return 0;
}

/* Rebuilds with room for at least `need` live entries; drops deleted entries. 0, -1. */
static int resize(MoltValue d, int64_t need) {
    int64_t want = need * 3;
    int64_t nslots = MIN_SLOTS;
    while (nslots * 2 / 3 < need || nslots < want / 2) nslots *= 2;
    if (table_of(d) && nslots > table_of(d)->mask + 1) return grow_in_place(d, nslots);
    MOLT_ROOTS1(d);
    MoltValue nt = table_new(nslots);
    MOLT_UNROOT();
    if (!nt) return -1;
    MoltDictTable *t = (MoltDictTable *)molt_obj(nt), *old = table_of(d);
    MoltDictEntry *dst = molt_dict_table_entries(t);
    int32_t *ix = molt_dict_table_indices(t);
    int64_t n = 0;
    if (old) {
        MoltDictEntry *src = molt_dict_table_entries(old);
        for (int64_t i = 0; i < old->nentries; i++) {
            if (!src[i].key) continue;
            dst[n] = src[i];
            ix[empty_slot(t, (uint64_t)src[i].hash)] = (int32_t)n;
            n++;
        }
    }
    t->nentries = n;
    molt_dict_obj(d)->table = nt;
    molt_dict_obj(d)->version++;
    return 0;
}

/* Finds key: entry number, -1 if absent, -2 on error. Restarts if a comparison mutated d. */
static int64_t lookup(MoltValue d, MoltValue key, int64_t h) {
    for (;;) {
        MoltDictTable *t = table_of(d);
        if (!t) return -1;
        int32_t *ix = molt_dict_table_indices(t);
        MoltDictEntry *e = molt_dict_table_entries(t);
        uint64_t mask = (uint64_t)t->mask, perturb = (uint64_t)h, i = (uint64_t)h & mask;
        bool key_is_str = molt_is_str(key);
        bool restarted = false;
        for (;;) {
            int32_t k = ix[i];
            if (k == IX_EMPTY) return -1;
            if (k >= 0) {
                MoltValue ek = e[k].key;
                if (ek == key) return k;
                if (e[k].hash == h) {
                    if (key_is_str && molt_is_str(ek)) {
                        if (molt_str_equal(ek, key)) return k;
                    } else {
                        MoltValue tv = molt_dict_obj(d)->table;
                        int64_t version = molt_dict_obj(d)->version;
                        MOLT_ROOTS3(d, key, ek);
                        int eq = molt_equal(ek, key);
                        MOLT_UNROOT();
                        if (eq < 0) return -2;
                        if (molt_dict_obj(d)->table != tv || molt_dict_obj(d)->version != version) {
                            restarted = true;
                            break;
                        }
                        if (eq) return k;
                    }
                }
            }
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        if (!restarted) return -1;
    }
}

MoltValue molt_dict_getitem_str(MoltValue d, MoltValue key) {
    MoltDictTable *t = table_of(d);
    if (!t) return MOLT_ERR;
    int64_t h = molt_str_hash(key);
    int32_t *ix = molt_dict_table_indices(t);
    MoltDictEntry *e = molt_dict_table_entries(t);
    uint64_t mask = (uint64_t)t->mask, perturb = (uint64_t)h, i = (uint64_t)h & mask;
    for (;;) {
        int32_t k = ix[i];
        if (k == IX_EMPTY) return MOLT_ERR;
        if (k >= 0 && (e[k].key == key || (e[k].hash == h && molt_is_str(e[k].key) && molt_str_equal(e[k].key, key))))
            return e[k].value;
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* Hashes and compares the C string's bytes directly: no str is allocated, so this is safe to
 * call anywhere (attribute defaults, class creation) and works for any key text, literal or not. */
MoltValue molt_dict_getitem_cstr(MoltValue d, const char *key) {
    MoltDictTable *t = table_of(d);
    if (!t) return MOLT_ERR;
    int64_t n = (int64_t)strlen(key);
    int64_t h = molt_str_hash_utf8(key, n);
    int32_t *ix = molt_dict_table_indices(t);
    MoltDictEntry *e = molt_dict_table_entries(t);
    uint64_t mask = (uint64_t)t->mask, perturb = (uint64_t)h, i = (uint64_t)h & mask;
    for (;;) {
        int32_t k = ix[i];
        if (k == IX_EMPTY) return MOLT_ERR;
        if (k >= 0 && e[k].hash == h && molt_is_str(e[k].key) && molt_str_nbytes(e[k].key) == n &&
            memcmp(molt_str_utf8(e[k].key), key, (size_t)n) == 0)
            return e[k].value;
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

MoltValue molt_dict_lookup(MoltValue d, MoltValue key) {
    int64_t h = molt_hash(key);
    if (h == -1) return MOLT_ERR;
    int64_t k = lookup(d, key, h);
    if (k < 0) return MOLT_ERR;
    return molt_dict_table_entries(table_of(d))[k].value;
}

MoltValue molt_dict_getitem(MoltValue d, MoltValue key) {
    MoltValue v = molt_dict_lookup(d, key);
    if (!v && !molt_err_occurred()) {
        /* Subclasses may define __missing__ (d[key] only, not get()). */
        if (molt_obj(d)->type != &molt_dict_type) {
            MoltValue missing = molt_lookup_special(d, "__missing__");
            if (missing) return molt_call_with_self(missing, d, &key, 1, MOLT_ERR);
        }
        return molt_err_set_value(&molt_KeyError, key);
    }
    return v;
}

/* Inserts with a known hash. 0, -1. key and value may be temporaries nobody else roots, and
 * the lookup can run __eq__ (which may allocate), so they are rooted here. */
static int insert(MoltValue d, MoltValue key, int64_t h, MoltValue value) {
    MOLT_ROOTS3(d, key, value);
    int64_t k = lookup(d, key, h);
    MOLT_UNROOT();
    if (k == -2) return -1;
    if (k >= 0) {
        molt_dict_table_entries(table_of(d))[k].value = value;
        return 0;
    }
    MoltDictTable *t = table_of(d);
    if (!t || t->nentries >= t->capacity) {
        MOLT_ROOTS2(key, value);
        int rc = resize(d, molt_dict_obj(d)->used + 1);
        MOLT_UNROOT();
        if (rc < 0) return -1;
        t = table_of(d);
    }
    int64_t n = t->nentries++;
    MoltDictEntry *e = &molt_dict_table_entries(t)[n];
    e->hash = h;
    e->key = key;
    e->value = value;
    molt_dict_table_indices(t)[empty_slot(t, (uint64_t)h)] = (int32_t)n;
    molt_dict_obj(d)->used++;
    molt_dict_obj(d)->version++;
    return 0;
}

int molt_dict_setitem(MoltValue d, MoltValue key, MoltValue value) {
    int64_t h;
    if (molt_is_str(key)) h = molt_str_hash(key);
    else {
        MOLT_ROOTS3(d, key, value); /* __hash__ may allocate */
        h = molt_hash(key);
        MOLT_UNROOT();
        if (h == -1) return -1;
    }
    return insert(d, key, h, value);
}

int molt_dict_setitem_cstr(MoltValue d, const char *key, MoltValue value) {
    /* C-string keys are names (class attributes, builtins, __module__): interning shares the key
     * with attribute lookups and allocates only the first time a name is seen. */
    MOLT_ROOTS2(d, value);
    MoltValue k = molt_str_intern_cstr(key);
    MOLT_UNROOT();
    if (!k) return -1;
    return molt_dict_setitem(d, k, value);
}

/* Removes entry k (hash h). */
static void remove_entry(MoltValue d, int64_t k) {
    MoltDictTable *t = table_of(d);
    MoltDictEntry *e = &molt_dict_table_entries(t)[k];
    molt_dict_table_indices(t)[slot_of_entry(t, (uint64_t)e->hash, k)] = IX_DUMMY;
    e->key = MOLT_ERR;
    e->value = MOLT_ERR;
    molt_dict_obj(d)->used--;
    molt_dict_obj(d)->version++;
}

int molt_dict_delitem(MoltValue d, MoltValue key) {
    int64_t h = molt_hash(key);
    if (h == -1) return -1;
    int64_t k = lookup(d, key, h);
    if (k == -2) return -1;
    if (k < 0) {
        molt_err_set_value(&molt_KeyError, key);
        return -1;
    }
    remove_entry(d, k);
    return 0;
}

int molt_dict_contains(MoltValue d, MoltValue key) {
    int64_t h = molt_hash(key);
    if (h == -1) return -1;
    int64_t k = lookup(d, key, h);
    return k == -2 ? -1 : k >= 0;
}

bool molt_dict_next(MoltValue d, int64_t *pos, MoltValue *key, MoltValue *value) {
    MoltDictTable *t = table_of(d);
    if (!t) return false;
    MoltDictEntry *e = molt_dict_table_entries(t);
    while (*pos < t->nentries) {
        int64_t i = (*pos)++;
        if (e[i].key) {
            if (key) *key = e[i].key;
            if (value) *value = e[i].value;
            return true;
        }
    }
    return false;
}

/* ---------------------------------------------------------------- methods */

MoltValue molt_dict_get(MoltValue d, MoltValue key, MoltValue dflt) {
    MoltValue v = molt_dict_lookup(d, key);
    if (v || molt_err_occurred()) return v;
    return dflt ? dflt : molt_None;
}

MoltValue molt_dict_setdefault(MoltValue d, MoltValue key, MoltValue dflt) {
    if (!dflt) dflt = molt_None;
    MOLT_ROOTS3(d, key, dflt);
    int64_t h = molt_hash(key);
    int64_t k = h == -1 ? -2 : lookup(d, key, h);
    MOLT_UNROOT();
    if (k == -2) return MOLT_ERR;
    if (k >= 0) return molt_dict_table_entries(table_of(d))[k].value;
    if (insert(d, key, h, dflt) < 0) return MOLT_ERR;
    return dflt;
}

MoltValue molt_dict_pop(MoltValue d, MoltValue key, MoltValue dflt) {
    int64_t h = molt_hash(key);
    if (h == -1) return MOLT_ERR;
    int64_t k = lookup(d, key, h);
    if (k == -2) return MOLT_ERR;
    if (k < 0) {
        if (dflt) return dflt;
        return molt_err_set_value(&molt_KeyError, key);
    }
    MoltValue v = molt_dict_table_entries(table_of(d))[k].value;
    remove_entry(d, k);
    return v;
}

MoltValue molt_dict_popitem(MoltValue d) {
    MoltDictTable *t = table_of(d);
    if (molt_dict_obj(d)->used == 0) return molt_err_format(&molt_KeyError, "popitem(): dictionary is empty");
    MoltDictEntry *e = molt_dict_table_entries(t);
    int64_t k = t->nentries - 1;
    while (!e[k].key) k--;
    MOLT_ROOTS1(d);
    MoltValue pair = molt_tuple_new(2);
    MOLT_UNROOT();
    if (!pair) return MOLT_ERR;
    t = table_of(d);
    e = molt_dict_table_entries(t);
    molt_tuple_items(pair)[0] = e[k].key;
    molt_tuple_items(pair)[1] = e[k].value;
    remove_entry(d, k);
    /* Popped entries at the end can be reused: keeps repeated popitem() from growing the table. */
    t->nentries = k;
    return pair;
}

void molt_dict_clear(MoltValue d) {
    molt_dict_obj(d)->table = MOLT_ERR;
    molt_dict_obj(d)->used = 0;
    molt_dict_obj(d)->version++;
}

static int merge_dict(MoltValue d, MoltValue other) {
    MOLT_ROOTS2(d, other);
    int rc = 0;
    if (table_of(d) == NULL || molt_dict_obj(d)->used == 0) {
        rc = resize(d, molt_dict_obj(other)->used);
    }
    int64_t pos = 0;
    MoltValue k, v;
    while (rc == 0 && molt_dict_next(other, &pos, &k, &v)) {
        int64_t h = molt_dict_table_entries(table_of(other))[pos - 1].hash;
        rc = insert(d, k, h, v);
    }
    MOLT_UNROOT();
    return rc;
}

static int merge_pairs(MoltValue d, MoltValue iterable) {
    MoltValue it = MOLT_ERR, item = MOLT_ERR, seq = MOLT_ERR;
    MOLT_ROOTS4(d, iterable, it, item);
    MoltCRoots more = {0, {&seq}, 1};
    molt_croots_push(&more);
    int rc = -1;
    it = molt_iter(iterable);
    for (int64_t n = 0; it; n++) {
        item = molt_next(it);
        if (!item) {
            rc = molt_err_occurred() ? -1 : 0;
            break;
        }
        MoltValue k, v;
        if (molt_is_tuple(item) && molt_tuple_size(item) == 2) {
            k = molt_tuple_items(item)[0];
            v = molt_tuple_items(item)[1];
        } else {
            seq = molt_tuple_from_iterable(item);
            if (!seq) {
                if (molt_err_matches(&molt_TypeError)) {
                    molt_err_clear();
                    molt_err_format(&molt_TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
                                    (long long)n);
                }
                break;
            }
            if (molt_tuple_size(seq) != 2) {
                molt_err_format(&molt_ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
                                (long long)n, (long long)molt_tuple_size(seq));
                break;
            }
            k = molt_tuple_items(seq)[0];
            v = molt_tuple_items(seq)[1];
        }
        if (molt_dict_setitem(d, k, v) < 0) break;
    }
    molt_croots_pop(&more);
    MOLT_UNROOT();
    return rc;
}

/* Mapping protocol: other.keys() then other[k]. */
static int merge_mapping(MoltValue d, MoltValue other) {
    MoltValue keys = MOLT_ERR, it = MOLT_ERR, k = MOLT_ERR;
    MOLT_ROOTS4(d, other, keys, it);
    int rc = -1;
    keys = molt_getattr_cstr(other, "keys");
    if (keys) keys = molt_call(keys, NULL, 0, MOLT_ERR);
    if (keys) it = molt_iter(keys);
    if (it) {
        for (;;) {
            k = molt_next(it);
            if (!k) {
                rc = molt_err_occurred() ? -1 : 0;
                break;
            }
            MoltCRoots kr = {0, {&k}, 1};
            molt_croots_push(&kr);
            MoltValue v = molt_getitem(other, k);
            int ok = v ? molt_dict_setitem(d, k, v) : -1;
            molt_croots_pop(&kr);
            if (ok < 0) break;
        }
    }
    MOLT_UNROOT();
    return rc;
}

int molt_dict_update(MoltValue d, MoltValue other) {
    if (molt_isinstance_type(other, &molt_dict_type)) return merge_dict(d, other);
    MoltValue keys = molt_getattr_cstr(other, "keys");
    if (keys) return merge_mapping(d, other);
    if (!molt_err_matches(&molt_AttributeError)) return -1;
    molt_err_clear();
    return merge_pairs(d, other);
}

MoltValue molt_dict_copy(MoltValue d) {
    MOLT_ROOTS1(d);
    MoltValue r = molt_dict_new();
    MoltValue out = MOLT_ERR;
    if (r) {
        MOLT_ROOTS1(r);
        if (merge_dict(r, d) == 0) out = r;
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return out;
}

MoltValue molt_dict_or(MoltValue a, MoltValue b) {
    if (!molt_isinstance_type(a, &molt_dict_type) || !molt_isinstance_type(b, &molt_dict_type))
        return molt_NotImplemented;
    MOLT_ROOTS1(b);
    MoltValue r = molt_dict_copy(a);
    MoltValue out = MOLT_ERR;
    if (r) {
        MOLT_ROOTS1(r);
        if (merge_dict(r, b) == 0) out = r;
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return out;
}

MoltValue molt_dict_fromkeys(MoltValue iterable, MoltValue value) {
    if (!value) value = molt_None;
    MOLT_ROOTS2(iterable, value);
    MoltValue d = molt_dict_new(), it = MOLT_ERR, out = MOLT_ERR;
    if (d) {
        MOLT_ROOTS2(d, it);
        it = molt_iter(iterable);
        if (it) {
            for (;;) {
                MoltValue k = molt_next(it);
                if (!k) {
                    if (!molt_err_occurred()) out = d;
                    break;
                }
                if (molt_dict_setitem(d, k, value) < 0) break;
            }
        }
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return out;
}

/* ---------------------------------------------------------------- protocol */

MoltValue molt_dict_repr(MoltValue d) {
    if (molt_dict_obj(d)->used == 0) return molt_str_from_cstr("{}");
    int guard = molt_repr_enter(d);
    if (guard < 0) return MOLT_ERR;
    if (guard > 0) return molt_str_from_cstr("{...}");
    MoltSBuf b;
    molt_sbuf_init(&b);
    molt_sbuf_putc(&b, '{');
    MoltValue k = MOLT_ERR, v = MOLT_ERR;
    MOLT_ROOTS3(d, k, v);
    int64_t pos = 0;
    bool first = true, failed = false;
    while (molt_dict_next(d, &pos, &k, &v)) {
        MoltValue r = molt_repr(k);
        if (!r) { failed = true; break; }
        if (!first) molt_sbuf_put(&b, ", ", 2);
        first = false;
        molt_sbuf_put_str(&b, r);
        molt_sbuf_put(&b, ": ", 2);
        r = molt_repr(v);
        if (!r) { failed = true; break; }
        molt_sbuf_put_str(&b, r);
    }
    MOLT_UNROOT();
    molt_repr_leave(d);
    if (failed) {
        molt_sbuf_free(&b);
        return MOLT_ERR;
    }
    molt_sbuf_putc(&b, '}');
    return molt_sbuf_finish(&b);
}

MoltValue molt_dict_richcmp(MoltValue a, MoltValue b, int op) {
    if (!molt_isinstance_type(a, &molt_dict_type) || !molt_isinstance_type(b, &molt_dict_type) ||
        (op != MOLT_EQ && op != MOLT_NE))
        return molt_NotImplemented;
    bool eq = true;
    if (molt_dict_obj(a)->used != molt_dict_obj(b)->used) eq = false;
    else {
        MoltValue k = MOLT_ERR, v = MOLT_ERR;
        MOLT_ROOTS4(a, b, k, v);
        int64_t pos = 0;
        while (eq && molt_dict_next(a, &pos, &k, &v)) {
            MoltValue w = molt_dict_lookup(b, k);
            if (!w) {
                if (molt_err_occurred()) {
                    MOLT_UNROOT();
                    return MOLT_ERR;
                }
                eq = false;
                break;
            }
            int r = molt_seq_item_eq(v, w);
            if (r < 0) {
                MOLT_UNROOT();
                return MOLT_ERR;
            }
            eq = r != 0;
        }
        MOLT_UNROOT();
    }
    return molt_bool(op == MOLT_EQ ? eq : !eq);
}

static int dict_setitem_slot(MoltValue d, MoltValue key, MoltValue value) {
    return value ? molt_dict_setitem(d, key, value) : molt_dict_delitem(d, key);
}

static int64_t dict_len_slot(MoltValue d) { return molt_dict_obj(d)->used; }
static MoltValue dict_to_bool(MoltValue d) { return molt_bool(molt_dict_obj(d)->used != 0); }

MoltType molt_dict_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "dict",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_DICT_SLOT,
    .instance_size = sizeof(MoltDict),
    .trace = dict_trace,
    .repr = molt_dict_repr,
    .richcmp = molt_dict_richcmp,
    .iter = molt_dict_iter,
    .len = dict_len_slot,
    .getitem = molt_dict_getitem,
    .setitem = dict_setitem_slot,
    .contains = molt_dict_contains,
    .to_bool = dict_to_bool,
    .number = {[MOLT_OP_OR] = molt_dict_or},
};
