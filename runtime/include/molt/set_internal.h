/* Table layout and entry-level operations of set/frozenset, shared by set.c and set_ops.c. */
#ifndef MOLT_SET_INTERNAL_H
#define MOLT_SET_INTERNAL_H

#include "molt/object.h"

typedef struct MoltSetEntry {
    MoltValue key;   /* 0: never used; MOLT_SET_DUMMY: deleted */
    int64_t hash;    /* 0 for unused slots, -1 for deleted ones */
} MoltSetEntry;

typedef struct MoltSetTable {
    MoltObject ob;
    int64_t n;
    MoltSetEntry entries[];
} MoltSetTable;

extern MoltObject molt_set_dummy_obj;
extern MoltType molt_settable_type, molt_set_iterator_type;
#define MOLT_SET_DUMMY molt_val(&molt_set_dummy_obj)

MoltSetEntry *molt_set_entries(MoltValue s);     /* NULL while the set has no table */
MoltValue molt_set_new_like(MoltValue s);        /* empty set or frozenset, same type as s */
int molt_set_add_entry(MoltValue s, MoltValue key, int64_t hash);
int molt_set_contains_entry(MoltValue s, MoltValue key, int64_t hash);
int molt_set_discard_entry(MoltValue s, MoltValue key, int64_t hash);
int molt_set_resize(MoltValue s, int64_t minused);

#endif
