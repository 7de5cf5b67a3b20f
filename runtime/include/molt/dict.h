/*
 * dict: insertion-ordered hash table in CPython's compact layout: a sparse index table of
 * slots pointing into a dense array of (hash, key, value) entries.
 */
#ifndef MOLT_DICT_H
#define MOLT_DICT_H

#include "molt/object.h"

typedef struct MoltDict {
    MoltObject ob;
    MoltValue dict;      /* __dict__ of subclass instances (MOLT_TYPE_DICT_SLOT); 0 otherwise */
    int64_t used;        /* live entries (len) */
    int64_t version;     /* bumped on every structural change (iteration guard) */
    MoltValue table;     /* internal table object (dict.c), or 0 while empty */
} MoltDict;

static inline MoltDict *molt_dict_obj(MoltValue v) { return (MoltDict *)molt_obj(v); }
static inline bool molt_is_dict(MoltValue v) { return molt_is_ptr(v) && molt_obj(v)->type == &molt_dict_type; }

MoltValue molt_dict_new(void);
/* {k0: v0, k1: v1, ...} (a dict display): later duplicates win, as in CPython. The arrays must be
 * rooted storage (e.g. the caller's frame slots). */
MoltValue molt_dict_from_arrays(const MoltValue *keys, const MoltValue *values, int64_t n);
int64_t molt_dict_size(MoltValue d);

/* Lookup by a str key: MOLT_ERR with NO exception pending when missing (never raises). */
MoltValue molt_dict_getitem_str(MoltValue d, MoltValue key);
MoltValue molt_dict_getitem_cstr(MoltValue d, const char *key);
/* Generic lookup: MOLT_ERR with no exception when missing, MOLT_ERR with one on hash/eq error. */
MoltValue molt_dict_lookup(MoltValue d, MoltValue key);
/* d[key]: KeyError(key) when missing. */
MoltValue molt_dict_getitem(MoltValue d, MoltValue key);
int molt_dict_setitem(MoltValue d, MoltValue key, MoltValue value);  /* 0, -1 */
int molt_dict_setitem_cstr(MoltValue d, const char *key, MoltValue value);
int molt_dict_delitem(MoltValue d, MoltValue key);                   /* KeyError */
int molt_dict_contains(MoltValue d, MoltValue key);                  /* 1, 0, -1 */

/* Iterates entries in order: start with *pos = 0; returns false at the end. */
bool molt_dict_next(MoltValue d, int64_t *pos, MoltValue *key, MoltValue *value);

MoltValue molt_dict_get(MoltValue d, MoltValue key, MoltValue dflt);        /* dflt MOLT_ERR: None */
MoltValue molt_dict_setdefault(MoltValue d, MoltValue key, MoltValue dflt);
MoltValue molt_dict_pop(MoltValue d, MoltValue key, MoltValue dflt);        /* dflt MOLT_ERR: KeyError */
MoltValue molt_dict_popitem(MoltValue d);
int molt_dict_update(MoltValue d, MoltValue other);  /* mapping or iterable of pairs */
void molt_dict_clear(MoltValue d);
MoltValue molt_dict_copy(MoltValue d);
MoltValue molt_dict_keys(MoltValue d);
MoltValue molt_dict_values(MoltValue d);
MoltValue molt_dict_items(MoltValue d);
MoltValue molt_dict_fromkeys(MoltValue iterable, MoltValue value);
MoltValue molt_dict_repr(MoltValue d);
MoltValue molt_dict_richcmp(MoltValue a, MoltValue b, int op);
MoltValue molt_dict_iter(MoltValue d);
MoltValue molt_dict_or(MoltValue a, MoltValue b);    /* a | b */

extern MoltType molt_dict_keys_type, molt_dict_values_type, molt_dict_items_type,
    molt_dict_keyiterator_type, molt_dict_valueiterator_type, molt_dict_itemiterator_type;

#endif
