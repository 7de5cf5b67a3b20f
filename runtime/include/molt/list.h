/* list: mutable sequence; items in a GC-managed array that grows geometrically. */
#ifndef MOLT_LIST_H
#define MOLT_LIST_H

#include "molt/object.h"

typedef struct MoltList {
    MoltObject ob;
    MoltValue dict;        /* __dict__ of subclass instances (MOLT_TYPE_DICT_SLOT); 0 otherwise */
    int64_t size;
    int64_t cap;
    MoltValue items_buf;   /* internal buffer object holding cap slots (see buffer.h), or 0 */
    MoltValue *items;      /* points into items_buf */
} MoltList;

static inline MoltList *molt_list_obj(MoltValue v) { return (MoltList *)molt_obj(v); }
static inline bool molt_is_list(MoltValue v) { return molt_is_ptr(v) && molt_obj(v)->type == &molt_list_type; }

MoltValue molt_list_new(int64_t cap);     /* empty list with room for cap items */
MoltValue molt_list_from_array(const MoltValue *items, int64_t n);
MoltValue molt_list_from_iterable(MoltValue iterable);  /* list(x) */
int64_t molt_list_size(MoltValue l);
MoltValue *molt_list_items(MoltValue l);  /* valid until the list is resized */

int molt_list_append(MoltValue l, MoltValue item);                 /* 0, -1 on MemoryError */
int molt_list_extend(MoltValue l, MoltValue iterable);             /* 0, -1 */
/* The same for `*x` in a call or display ([*a, b], f(b, *a)): TypeError "Value after * must be an
 * iterable, not int" for a non-iterable, as CPython's LIST_EXTEND says. */
int molt_list_extend_starred(MoltValue l, MoltValue iterable);
int molt_list_insert(MoltValue l, int64_t index, MoltValue item);
MoltValue molt_list_pop(MoltValue l, int64_t index);               /* IndexError */
int molt_list_remove(MoltValue l, MoltValue item);                 /* ValueError */
MoltValue molt_list_index(MoltValue l, MoltValue item, MoltValue start, MoltValue stop);
MoltValue molt_list_count(MoltValue l, MoltValue item);
void molt_list_reverse(MoltValue l);
void molt_list_clear(MoltValue l);
MoltValue molt_list_copy(MoltValue l);
/* Stable sort; key may be MOLT_ERR/None for none. 0, -1 with the exception from a comparison. */
int molt_list_sort(MoltValue l, MoltValue key, bool reverse);

MoltValue molt_list_getitem(MoltValue l, MoltValue key);           /* int or slice */
MoltValue molt_list_index_i64(MoltValue l, int64_t i);             /* negative allowed; IndexError */
int molt_list_setitem(MoltValue l, MoltValue key, MoltValue value); /* value MOLT_ERR = delete */
int molt_list_set_i64(MoltValue l, int64_t i, MoltValue value);    /* negative allowed; IndexError */
MoltValue molt_list_richcmp(MoltValue a, MoltValue b, int op);
MoltValue molt_list_repr(MoltValue l);
MoltValue molt_list_concat(MoltValue a, MoltValue b);
MoltValue molt_list_repeat(MoltValue l, int64_t n);
MoltValue molt_list_inplace_concat(MoltValue l, MoltValue iterable); /* l += x */
MoltValue molt_list_inplace_repeat(MoltValue l, int64_t n);        /* l *= n */
int molt_list_contains(MoltValue l, MoltValue item);
MoltValue molt_list_iter(MoltValue l);
MoltValue molt_list_reversed(MoltValue l);                         /* reversed(l) iterator */

#endif
