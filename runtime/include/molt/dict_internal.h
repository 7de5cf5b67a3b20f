/* Layout of a dict's table object, shared by dict.c and dict_views.c only. */
#ifndef MOLT_DICT_INTERNAL_H
#define MOLT_DICT_INTERNAL_H

#include "molt/object.h"

typedef struct MoltDictEntry {
    int64_t hash;
    MoltValue key;     /* MOLT_ERR for a deleted entry */
    MoltValue value;
} MoltDictEntry;

/* data holds `capacity` entries, then (mask + 1) int32 index slots. Entries first: growing the
 * table in place (dict.c) leaves them where they are and only rebuilds the indices. */
typedef struct MoltDictTable {
    MoltObject ob;
    int64_t mask;
    int64_t capacity;
    int64_t nentries;   /* entries used so far, deleted ones included */
    uint64_t data[];
} MoltDictTable;

extern MoltType molt_dicttable_type;

static inline MoltDictEntry *molt_dict_table_entries(MoltDictTable *t) { return (MoltDictEntry *)t->data; }
static inline int32_t *molt_dict_table_indices(MoltDictTable *t) {
    return (int32_t *)((char *)t->data + (size_t)t->capacity * sizeof(MoltDictEntry));
}

#endif
