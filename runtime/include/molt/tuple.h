/* tuple: immutable fixed-size sequence; items stored inline. */
#ifndef MOLT_TUPLE_H
#define MOLT_TUPLE_H

#include "molt/object.h"

typedef struct MoltTuple {
    MoltObject ob;
    int64_t size;
    MoltValue items[];
} MoltTuple;

static inline MoltTuple *molt_tuple_obj(MoltValue v) { return (MoltTuple *)molt_obj(v); }
static inline bool molt_is_tuple(MoltValue v) { return molt_is_ptr(v) && molt_obj(v)->type == &molt_tuple_type; }

/* New tuple of n items, all MOLT_ERR (0): the caller fills every slot before it escapes. */
MoltValue molt_tuple_new(int64_t n);
MoltValue molt_tuple_empty(void);
MoltValue molt_tuple_pack(int64_t n, ...);                 /* n MoltValue arguments */
MoltValue molt_tuple_from_array(const MoltValue *items, int64_t n);
MoltValue molt_tuple_from_iterable(MoltValue iterable);  /* tuple(x) */
MoltValue *molt_tuple_items(MoltValue t);
int64_t molt_tuple_size(MoltValue t);

int64_t molt_tuple_hash(MoltValue t);
MoltValue molt_tuple_richcmp(MoltValue a, MoltValue b, int op);
MoltValue molt_tuple_repr(MoltValue t);
MoltValue molt_tuple_concat(MoltValue a, MoltValue b);
MoltValue molt_tuple_repeat(MoltValue t, int64_t n);
MoltValue molt_tuple_getitem(MoltValue t, MoltValue key);  /* int or slice */
MoltValue molt_tuple_index_i64(MoltValue t, int64_t i);    /* negative allowed; IndexError */
int molt_tuple_contains(MoltValue t, MoltValue item);
MoltValue molt_tuple_iter(MoltValue t);
MoltValue molt_tuple_count(MoltValue t, MoltValue item);
MoltValue molt_tuple_index(MoltValue t, MoltValue item, MoltValue start, MoltValue stop);

#endif
