/* Layout of a dict's table object, shared by dict.c and dict_views.c only. */
#ifndef MOLT_DICT_INTERNAL_H
#define MOLT_DICT_INTERNAL_H

#include "molt/object.h"

typedef struct MoltDictEntry {
    int64_t hash;
    MoltValue key;     /* MOLT_ERR for a deleted entry */
    MoltValue value;
} MoltDictEntry;

/* data holds (mask + 1) int32 index slots, then `capacity` entries. */
typedef struct MoltDictTable {
    MoltObject ob;
    int64_t mask;
    int64_t capacity;
    int64_t nentries;   /* entries used so far, deleted ones included */
    uint64_t data[];
} MoltDictTable;

extern MoltType molt_dicttable_type;

static inline int32_t *molt_dict_table_indices(MoltDictTable *t) { return (int32_t *)t->data; }
static inline MoltDictEntry *molt_dict_table_entries(MoltDictTable *t) {
    /* mask + 1 >= 8 int32 slots: the entries start 8-byte aligned. */
    return (MoltDictEntry *)((char *)t->data + (size_t)(t->mask + 1) * sizeof(int32_t));
}

#endif
