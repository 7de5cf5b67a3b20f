/*
 * set and frozenset. The table follows CPython 3.12's setobject.c step for step (linear probes
 * of 9 then perturbed jumps, fill*5 >= mask*3 growth, dummies on delete, the same merge shortcuts
 * and the same element order in derived sets), because the iteration order of sets of ints is
 * visible in printed output and must match CPython. Algebra lives in set_ops.c.
 */
#include <string.h>

#include "molt/dict.h"
#include "molt/exceptions.h"
#include "molt/gc.h"
#include "molt/sbuf.h"
#include "molt/seq.h"
#include "molt/set.h"
#include "molt/set_internal.h"
#include "molt/str.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5
#define MINSIZE 8

/* Marks deleted slots; static (gc == 0), so the collector never follows it. */
MoltObject molt_set_dummy_obj = {&molt_object_type, 0, 0};

static void table_trace(MoltObject *self, MoltVisitor *v) {
    MoltSetTable *t = (MoltSetTable *)self;
    for (int64_t i = 0; i < t->n; i++) molt_visit(v, t->entries[i].key);
}

MoltType molt_settable_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "settable",
    .base = &molt_object_type,
    .trace = table_trace,
};

static void set_trace(MoltObject *self, MoltVisitor *v) {
    molt_visit(v, ((MoltSet *)self)->table);
    molt_visit(v, ((MoltSet *)self)->dict);
}

static MoltValue table_new(int64_t n) {
    if (n <= 0 || (uint64_t)n > (SIZE_MAX / 4) / sizeof(MoltSetEntry)) return molt_err_no_memory();
    MoltValue t = molt_gc_alloc(&molt_settable_type, sizeof(MoltSetTable) + (size_t)n * sizeof(MoltSetEntry));
    if (t) ((MoltSetTable *)molt_obj(t))->n = n;
    return t;
}

MoltSetEntry *molt_set_entries(MoltValue s) {
    MoltValue t = molt_set_obj(s)->table;
    return t ? ((MoltSetTable *)molt_obj(t))->entries : NULL;
}

static MoltValue new_of_type(MoltType *type) {
    MoltValue s = molt_gc_alloc(type, type->instance_size ? type->instance_size : sizeof(MoltSet));
    if (!s) return MOLT_ERR;
    MoltSet *so = molt_set_obj(s);
    so->mask = MINSIZE - 1;
    so->hash = -1;
    return s;
}

MoltValue molt_set_new(void) { return new_of_type(&molt_set_type); }
MoltValue molt_set_new_of_type(MoltType *type) { return new_of_type(type); }
MoltValue molt_frozenset_new(void) { return new_of_type(&molt_frozenset_type); }
/* Results of set algebra have the base type (set or frozenset), as in CPython. */
MoltValue molt_set_new_like(MoltValue s) {
    return new_of_type(molt_isinstance_type(s, &molt_frozenset_type) ? &molt_frozenset_type : &molt_set_type);
}

int64_t molt_set_size(MoltValue s) { return molt_set_obj(s)->used; }

/* Makes sure the set owns a table (sets start without one). */
static int ensure_table(MoltValue s) {
    if (molt_set_obj(s)->table) return 0;
    MOLT_ROOTS1(s);
    MoltValue t = table_new(molt_set_obj(s)->mask + 1);
    MOLT_UNROOT();
    if (!t) return -1;
    molt_set_obj(s)->table = t;
    return 0;
}

static void insert_clean(MoltSetEntry *table, uint64_t mask, MoltValue key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        MoltSetEntry *e = &table[i];
        if (!e->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

int molt_set_resize(MoltValue s, int64_t minused) {
    int64_t newsize = MINSIZE;
    while (newsize <= minused) newsize <<= 1;
    MOLT_ROOTS1(s);
    MoltValue nt = table_new(newsize);
    MOLT_UNROOT();
    if (!nt) return -1;
    MoltSet *so = molt_set_obj(s);
    MoltSetEntry *old = molt_set_entries(s);
    int64_t oldmask = so->mask;
    MoltSetEntry *table = ((MoltSetTable *)molt_obj(nt))->entries;
    uint64_t newmask = (uint64_t)(newsize - 1);
    if (old) {
        for (int64_t i = 0; i <= oldmask; i++) {
            MoltValue k = old[i].key;
            if (k && k != MOLT_SET_DUMMY) insert_clean(table, newmask, k, old[i].hash);
        }
    }
    so->fill = so->used;
    so->mask = (int64_t)newmask;
    so->table = nt;
    return 0;
}

/* Entry holding key, or NULL if absent (*err set on comparison failure). Restarts if the table
 * changed under a comparison, like CPython's set_lookkey. */
static MoltSetEntry *lookkey(MoltValue s, MoltValue key, int64_t hash, bool *err) {
    *err = false;
restart:;
    MoltSetEntry *table = molt_set_entries(s);
    if (!table) return NULL;
    uint64_t mask = (uint64_t)molt_set_obj(s)->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    bool key_is_str = molt_is_str(key);
    for (;;) {
        MoltSetEntry *e = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key) return NULL;
            if (e->hash == hash && e->key != MOLT_SET_DUMMY) {
                MoltValue start = e->key;
                if (start == key) return e;
                if (key_is_str && molt_is_str(start)) {
                    if (molt_str_equal(start, key)) return e;
                } else {
                    MoltValue tv = molt_set_obj(s)->table;
                    MOLT_ROOTS3(s, key, start);
                    int cmp = molt_equal(start, key);
                    MOLT_UNROOT();
                    if (cmp < 0) {
                        *err = true;
                        return NULL;
                    }
                    if (molt_set_obj(s)->table != tv || e->key != start) goto restart;
                    if (cmp > 0) return e;
                    mask = (uint64_t)molt_set_obj(s)->mask;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int molt_set_add_entry(MoltValue s, MoltValue key, int64_t hash) {
    MOLT_ROOTS2(s, key);
    int rc = -1;
    if (ensure_table(s) < 0) goto out;
restart:;
    MoltSetEntry *table = molt_set_entries(s);
    uint64_t mask = (uint64_t)molt_set_obj(s)->mask, perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    bool key_is_str = molt_is_str(key);
    MoltSetEntry *e, *freeslot = NULL;
    for (;;) {
        e = &table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key) goto found_unused;
            /* CPython reuses the last deleted slot seen on the probe path (observed behaviour
             * of 3.12: it decides where keys land, hence the printed order). */
            if (e->key == MOLT_SET_DUMMY) freeslot = e;
            else if (e->hash == hash) {
                MoltValue start = e->key;
                if (start == key) goto found_active;
                if (key_is_str && molt_is_str(start)) {
                    if (molt_str_equal(start, key)) goto found_active;
                } else {
                    MoltValue tv = molt_set_obj(s)->table;
                    MOLT_ROOTS1(start);
                    int cmp = molt_equal(start, key);
                    MOLT_UNROOT();
                    if (cmp > 0) goto found_active;
                    if (cmp < 0) goto out;
                    if (molt_set_obj(s)->table != tv || e->key != start) {
                        freeslot = NULL;
                        goto restart;
                    }
                    mask = (uint64_t)molt_set_obj(s)->mask;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused: {
    MoltSet *so = molt_set_obj(s);
    if (freeslot) {
        so->used++;
        so->version++;
        freeslot->key = key;
        freeslot->hash = hash;
        rc = 0;
        goto out;
    }
    so->fill++;
    so->used++;
    so->version++;
    e->key = key;
    e->hash = hash;
    rc = 0;
    if ((uint64_t)so->fill * 5 >= mask * 3)
        rc = molt_set_resize(s, so->used > 50000 ? so->used * 2 : so->used * 4);
    goto out;
}
found_active:
    rc = 0;
out:
    MOLT_UNROOT();
    return rc;
}

int molt_set_add(MoltValue s, MoltValue key) {
    MOLT_ROOTS2(s, key); /* __hash__ may allocate and key may be an unrooted temporary */
    int64_t h = molt_hash(key);
    MOLT_UNROOT();
    if (h == -1) return -1;
    return molt_set_add_entry(s, key, h);
}

int molt_set_contains_entry(MoltValue s, MoltValue key, int64_t hash) {
    bool err;
    MoltSetEntry *e = lookkey(s, key, hash, &err);
    return err ? -1 : e != NULL;
}

int molt_set_contains(MoltValue s, MoltValue key) {
    int64_t h = molt_hash(key);
    if (h == -1) {
        /* `[1] in some_set` is a TypeError; CPython retries with a frozenset for set keys. */
        if (molt_is_anyset(key) && molt_obj(key)->type == &molt_set_type && molt_err_matches(&molt_TypeError)) {
            molt_err_clear();
            MOLT_ROOTS1(s);
            MoltValue f = molt_frozenset_from_iterable(key);
            MOLT_UNROOT();
            if (!f) return -1;
            return molt_set_contains(s, f);
        }
        return -1;
    }
    return molt_set_contains_entry(s, key, h);
}

int molt_set_discard_entry(MoltValue s, MoltValue key, int64_t hash) {
    bool err;
    MoltSetEntry *e = lookkey(s, key, hash, &err);
    if (err) return -1;
    if (!e) return 0;
    e->key = MOLT_SET_DUMMY;
    e->hash = -1;
    molt_set_obj(s)->used--;
    molt_set_obj(s)->version++;
    return 1;
}

int molt_set_discard(MoltValue s, MoltValue key) {
    int64_t h = molt_hash(key);
    if (h == -1) return -1;
    return molt_set_discard_entry(s, key, h);
}

int molt_set_remove(MoltValue s, MoltValue key) {
    MOLT_ROOTS1(key);
    int rc = molt_set_discard(s, key);
    MOLT_UNROOT();
    if (rc == 0) {
        molt_err_set_value(&molt_KeyError, key);
        return -1;
    }
    return rc < 0 ? -1 : 0;
}

MoltValue molt_set_pop(MoltValue s) {
    MoltSet *so = molt_set_obj(s);
    if (so->used == 0) return molt_err_format(&molt_KeyError, "pop from an empty set");
    MoltSetEntry *table = molt_set_entries(s);
    int64_t i = so->finger & so->mask;
    while (!table[i].key || table[i].key == MOLT_SET_DUMMY) {
        i++;
        if (i > so->mask) i = 0;
    }
    MoltValue key = table[i].key;
    table[i].key = MOLT_SET_DUMMY;
    table[i].hash = -1;
    so->used--;
    so->version++;
    so->finger = i + 1;
    return key;
}

void molt_set_clear(MoltValue s) {
    MoltSet *so = molt_set_obj(s);
    so->table = MOLT_ERR;
    so->mask = MINSIZE - 1;
    so->fill = so->used = 0;
    so->version++;
}

bool molt_set_next(MoltValue s, int64_t *pos, MoltValue *key) {
    MoltSetEntry *table = molt_set_entries(s);
    if (!table) return false;
    int64_t mask = molt_set_obj(s)->mask;
    while (*pos <= mask) {
        MoltSetEntry *e = &table[(*pos)++];
        if (e->key && e->key != MOLT_SET_DUMMY) {
            if (key) *key = e->key;
            return true;
        }
    }
    return false;
}

/* ---------------------------------------------------------------- merging (set_update_internal) */

static int merge_set(MoltValue s, MoltValue other) {
    MoltSet *so = molt_set_obj(s), *o = molt_set_obj(other);
    if (s == other || o->used == 0) return 0;
    MOLT_ROOTS2(s, other);
    int rc = 0;
    if ((so->fill + o->used) * 5 >= so->mask * 3) rc = molt_set_resize(s, (so->used + o->used) * 2);
    if (rc == 0) rc = ensure_table(s);
    if (rc < 0) goto out;
    so = molt_set_obj(s);
    o = molt_set_obj(other);
    MoltSetEntry *dst = molt_set_entries(s), *src = molt_set_entries(other);
    if (so->fill == 0 && so->mask == o->mask && o->fill == o->used) {
        memcpy(dst, src, (size_t)(o->mask + 1) * sizeof(MoltSetEntry));
        so->fill = o->fill;
        so->used = o->used;
        so->version++;
        goto out;
    }
    if (so->fill == 0) {
        for (int64_t i = 0; i <= o->mask; i++) {
            MoltValue k = src[i].key;
            if (k && k != MOLT_SET_DUMMY) insert_clean(dst, (uint64_t)so->mask, k, src[i].hash);
        }
        so->fill = so->used = o->used;
        so->version++;
        goto out;
    }
    for (int64_t i = 0; i <= molt_set_obj(other)->mask; i++) {
        MoltSetEntry *e = &molt_set_entries(other)[i];
        if (e->key && e->key != MOLT_SET_DUMMY && molt_set_add_entry(s, e->key, e->hash) < 0) {
            rc = -1;
            break;
        }
    }
out:
    MOLT_UNROOT();
    return rc;
}

int molt_set_update(MoltValue s, MoltValue other) {
    if (molt_is_anyset(other)) return merge_set(s, other);
    MOLT_ROOTS2(s, other);
    int rc = -1;
    if (molt_is_dict(other)) {
        int64_t n = molt_dict_size(other);
        MoltSet *so = molt_set_obj(s);
        rc = 0;
        if ((so->fill + n) * 5 >= so->mask * 3) rc = molt_set_resize(s, (so->used + n) * 2);
        int64_t pos = 0;
        MoltValue k;
        while (rc == 0 && molt_dict_next(other, &pos, &k, NULL)) rc = molt_set_add(s, k);
    } else {
        MoltValue it = molt_iter(other);
        if (it) {
            MOLT_ROOTS1(it);
            for (;;) {
                MoltValue k = molt_next(it);
                if (!k) {
                    rc = molt_err_occurred() ? -1 : 0;
                    break;
                }
                if (molt_set_add(s, k) < 0) break;
            }
            MOLT_UNROOT();
        }
    }
    MOLT_UNROOT();
    return rc;
}

static MoltValue from_iterable(MoltType *type, MoltValue iterable) {
    MOLT_ROOTS1(iterable);
    MoltValue s = new_of_type(type);
    MoltValue r = MOLT_ERR;
    if (s) {
        MOLT_ROOTS1(s);
        if (!iterable || molt_set_update(s, iterable) == 0) r = s;
        MOLT_UNROOT();
    }
    MOLT_UNROOT();
    return r;
}

MoltValue molt_set_from_iterable(MoltValue iterable) { return from_iterable(&molt_set_type, iterable); }

MoltValue molt_set_from_array(const MoltValue *items, int64_t n) {
    MoltRootArray ra; /* items may be the only reference to fresh values */
    molt_root_array_push(&ra, items, n);
    MoltValue s = molt_set_new();
    int rc = s ? 0 : -1;
    MOLT_ROOTS1(s);
    for (int64_t i = 0; rc == 0 && i < n; i++) rc = molt_set_add(s, items[i]);
    MOLT_UNROOT();
    molt_root_array_pop(&ra);
    return rc < 0 ? MOLT_ERR : s;
}

MoltValue molt_frozenset_from_iterable(MoltValue iterable) {
    if (iterable && molt_is_ptr(iterable) && molt_obj(iterable)->type == &molt_frozenset_type) return iterable;
    return from_iterable(&molt_frozenset_type, iterable);
}

MoltValue molt_set_copy(MoltValue s) {
    return from_iterable(molt_isinstance_type(s, &molt_frozenset_type) ? &molt_frozenset_type : &molt_set_type, s);
}

/* ---------------------------------------------------------------- protocol */

MoltValue molt_set_repr(MoltValue s) {
    /* Subclasses print their own name: MySet({1}) like CPython. */
    MoltType *t = molt_obj(s)->type;
    bool frozen = t == &molt_frozenset_type, named = frozen || t != &molt_set_type;
    if (molt_set_obj(s)->used == 0) {
        MoltSBuf e;
        molt_sbuf_init(&e);
        molt_sbuf_puts(&e, t->name);
        molt_sbuf_puts(&e, "()");
        return molt_sbuf_finish(&e);
    }
    int guard = molt_repr_enter(s);
    if (guard < 0) return MOLT_ERR;
    if (guard > 0) return molt_str_from_cstr(frozen ? "frozenset(...)" : "set(...)");
    MoltSBuf b;
    molt_sbuf_init(&b);
    if (named) {
        molt_sbuf_puts(&b, t->name);
        molt_sbuf_putc(&b, '(');
    }
    molt_sbuf_putc(&b, '{');
    MoltValue k = MOLT_ERR;
    MOLT_ROOTS2(s, k);
    int64_t pos = 0;
    bool first = true, failed = false;
    while (molt_set_next(s, &pos, &k)) {
        MoltValue r = molt_repr(k);
        if (!r) {
            failed = true;
            break;
        }
        if (!first) molt_sbuf_put(&b, ", ", 2);
        first = false;
        molt_sbuf_put_str(&b, r);
    }
    MOLT_UNROOT();
    molt_repr_leave(s);
    if (failed) {
        molt_sbuf_free(&b);
        return MOLT_ERR;
    }
    molt_sbuf_putc(&b, '}');
    if (named) molt_sbuf_putc(&b, ')');
    return molt_sbuf_finish(&b);
}

static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL; }

int64_t molt_frozenset_hash(MoltValue s) {
    MoltSet *so = molt_set_obj(s);
    if (so->hash != -1) return so->hash;
    uint64_t hash = 0;
    MoltSetEntry *table = molt_set_entries(s);
    int64_t fill = so->fill;
    if (table) {
        for (int64_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits((uint64_t)table[i].hash);
    } else {
        /* No table yet: MINSIZE empty slots, all with hash 0. */
        for (int64_t i = 0; i <= so->mask; i++) hash ^= shuffle_bits(0);
    }
    if ((so->mask + 1 - fill) & 1) hash ^= shuffle_bits(0);
    if ((fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == (uint64_t)-1) hash = 590923713ULL;
    so->hash = (int64_t)hash;
    return so->hash;
}

static int64_t set_len_slot(MoltValue s) { return molt_set_obj(s)->used; }
static MoltValue set_to_bool(MoltValue s) { return molt_bool(molt_set_obj(s)->used != 0); }

/* ---------------------------------------------------------------- iterator */

typedef struct MoltSetIter {
    MoltObject ob;
    MoltValue set;   /* MOLT_ERR once exhausted */
    int64_t pos;
    int64_t used;
} MoltSetIter;

static void set_iter_trace(MoltObject *self, MoltVisitor *v) { molt_visit(v, ((MoltSetIter *)self)->set); }
static MoltValue iter_self(MoltValue it) { return it; }

static MoltValue set_iter_next(MoltValue v) {
    MoltSetIter *it = (MoltSetIter *)molt_obj(v);
    if (!it->set) return MOLT_ERR;
    if (it->used != molt_set_obj(it->set)->used) {
        it->used = -1;
        return molt_err_format(&molt_RuntimeError, "Set changed size during iteration");
    }
    MoltValue k;
    if (molt_set_next(it->set, &it->pos, &k)) return k;
    it->set = MOLT_ERR;
    return MOLT_ERR;
}

MoltType molt_set_iterator_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "set_iterator",
    .base = &molt_object_type,
    .trace = set_iter_trace,
    .iter = iter_self,
    .next = set_iter_next,
};

MoltValue molt_set_iter(MoltValue s) {
    MOLT_ROOTS1(s);
    MoltValue it = molt_gc_alloc(&molt_set_iterator_type, sizeof(MoltSetIter));
    MOLT_UNROOT();
    if (!it) return MOLT_ERR;
    ((MoltSetIter *)molt_obj(it))->set = s;
    ((MoltSetIter *)molt_obj(it))->used = molt_set_obj(s)->used;
    return it;
}

#define SET_NUMBER                                                                                 \
    .number = {[MOLT_OP_OR] = molt_set_or, [MOLT_OP_AND] = molt_set_and, [MOLT_OP_SUB] = molt_set_sub, \
               [MOLT_OP_XOR] = molt_set_xor}

MoltType molt_set_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "set",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_DICT_SLOT,
    .instance_size = sizeof(MoltSet),
    .trace = set_trace,
    .repr = molt_set_repr,
    .richcmp = molt_set_richcmp,
    .iter = molt_set_iter,
    .len = set_len_slot,
    .contains = molt_set_contains,
    .to_bool = set_to_bool,
    SET_NUMBER,
};

MoltType molt_frozenset_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "frozenset",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE | MOLT_TYPE_DICT_SLOT,
    .instance_size = sizeof(MoltSet),
    .trace = set_trace,
    .repr = molt_set_repr,
    .hash = molt_frozenset_hash,
    .richcmp = molt_set_richcmp,
    .iter = molt_set_iter,
    .len = set_len_slot,
    .contains = molt_set_contains,
    .to_bool = set_to_bool,
    SET_NUMBER,
};
