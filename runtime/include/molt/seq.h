/* Helpers shared by the sequence types (seq.c): repr recursion guard, lexicographic comparison. */
#ifndef MOLT_SEQ_H
#define MOLT_SEQ_H

#include "molt/object.h"

/* Guards repr of containers against cycles: 0 entered (call molt_repr_leave after), 1 already
 * being printed higher up (print "[...]" etc.), -1 MemoryError. */
int molt_repr_enter(MoltValue v);
void molt_repr_leave(MoltValue v);

/* Current items and length of a sequence; re-read after every call that may run Python code. */
typedef MoltValue *(*molt_seq_items_fn)(MoltValue seq, int64_t *n);
/* Lexicographic rich comparison of two sequences of the same kind (tuple/list semantics). */
MoltValue molt_seq_richcmp(MoltValue a, MoltValue b, int op, molt_seq_items_fn items);
/* Identity-then-equality test used by containment, count, index and remove. 1, 0, -1. */
static inline int molt_seq_item_eq(MoltValue x, MoltValue y) { return x == y ? 1 : molt_equal(x, y); }

#endif
