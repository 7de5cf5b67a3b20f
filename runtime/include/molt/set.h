/*
 * set and frozenset: open-addressing hash table with the same probing and resizing as CPython's
 * setobject.c, so iteration order (visible in printed sets of ints) matches CPython.
 */
#ifndef MOLT_SET_H
#define MOLT_SET_H

#include "molt/object.h"

typedef struct MoltSet {
    MoltObject ob;
    MoltValue dict;      /* __dict__ of subclass instances (MOLT_TYPE_DICT_SLOT); 0 otherwise */
    int64_t fill;        /* active + dummy slots */
    int64_t used;        /* active slots (len) */
    int64_t mask;        /* table size - 1 */
    int64_t finger;      /* pop() search start */
    int64_t hash;        /* frozenset hash cache, -1 until computed */
    int64_t version;     /* bumped on structural change (iteration guard) */
    MoltValue table;     /* internal table object (set.c) */
} MoltSet;

static inline MoltSet *molt_set_obj(MoltValue v) { return (MoltSet *)molt_obj(v); }
/* set, frozenset or a subclass of either. */
static inline bool molt_is_anyset(MoltValue v) {
    if (!molt_is_ptr(v)) return false;
    MoltType *t = molt_obj(v)->type;
    return t == &molt_set_type || t == &molt_frozenset_type ||
           ((t->flags & MOLT_TYPE_HEAP) && (molt_is_subtype(t, &molt_set_type) || molt_is_subtype(t, &molt_frozenset_type)));
}

MoltValue molt_set_new(void);
MoltValue molt_set_new_of_type(MoltType *type);  /* empty instance of set, frozenset or a subclass */
MoltValue molt_frozenset_new(void);
MoltValue molt_set_from_iterable(MoltValue iterable);        /* set(x) */
/* {a, b, c} (a set display) from rooted storage. */
MoltValue molt_set_from_array(const MoltValue *items, int64_t n);
MoltValue molt_frozenset_from_iterable(MoltValue iterable);  /* frozenset(x) */
int64_t molt_set_size(MoltValue s);
int molt_set_add(MoltValue s, MoltValue key);          /* 0, -1 (also used to build frozensets) */
int molt_set_discard(MoltValue s, MoltValue key);      /* 1 removed, 0 absent, -1 */
int molt_set_remove(MoltValue s, MoltValue key);       /* KeyError */
int molt_set_contains(MoltValue s, MoltValue key);     /* 1, 0, -1 */
MoltValue molt_set_pop(MoltValue s);                    /* KeyError 'pop from an empty set' */
void molt_set_clear(MoltValue s);
MoltValue molt_set_copy(MoltValue s);
int molt_set_update(MoltValue s, MoltValue iterable);
/* Iterates: start with *pos = 0; false at the end. */
bool molt_set_next(MoltValue s, int64_t *pos, MoltValue *key);

/* Methods take any iterable as `other`; operators (molt_set_or, ...) require sets. */
MoltValue molt_set_union(MoltValue s, MoltValue other);
MoltValue molt_set_intersection(MoltValue s, MoltValue other);
MoltValue molt_set_difference(MoltValue s, MoltValue other);
MoltValue molt_set_symmetric_difference(MoltValue s, MoltValue other);
MoltValue molt_set_issubset(MoltValue s, MoltValue other);
MoltValue molt_set_issuperset(MoltValue s, MoltValue other);
MoltValue molt_set_isdisjoint(MoltValue s, MoltValue other);
MoltValue molt_set_or(MoltValue a, MoltValue b);
MoltValue molt_set_and(MoltValue a, MoltValue b);
MoltValue molt_set_sub(MoltValue a, MoltValue b);
MoltValue molt_set_xor(MoltValue a, MoltValue b);
MoltValue molt_set_richcmp(MoltValue a, MoltValue b, int op);
/* In-place updates (methods: any iterable). */
int molt_set_intersection_update(MoltValue s, MoltValue other);
int molt_set_difference_update(MoltValue s, MoltValue other);
int molt_set_symmetric_difference_update(MoltValue s, MoltValue other);
/* s |= o, s &= o, s -= o, s ^= o (op MOLT_OP_OR/AND/SUB/XOR): s, or NotImplemented unless s is a
 * set and o a set or frozenset. */
MoltValue molt_set_inplace_op(int op, MoltValue s, MoltValue other);
MoltValue molt_set_repr(MoltValue s);
int64_t molt_frozenset_hash(MoltValue s);
MoltValue molt_set_iter(MoltValue s);

#endif
