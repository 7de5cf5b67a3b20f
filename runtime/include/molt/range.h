/* range objects and slice objects, and CPython's index adjustment for slicing. */
#ifndef MOLT_RANGE_H
#define MOLT_RANGE_H

#include "molt/object.h"

typedef struct MoltRange {
    MoltObject ob;
    int64_t start, stop, step, length;   /* int64 bounds (big-int ranges are unsupported) */
} MoltRange;

typedef struct MoltSlice {
    MoltObject ob;
    MoltValue start, stop, step;          /* any values; None when omitted */
} MoltSlice;

static inline bool molt_is_slice(MoltValue v) { return molt_is_ptr(v) && molt_obj(v)->type == &molt_slice_type; }
static inline bool molt_is_range(MoltValue v) { return molt_is_ptr(v) && molt_obj(v)->type == &molt_range_type; }

MoltValue molt_range_new(int64_t start, int64_t stop, int64_t step);  /* ValueError for step 0 */
/* 0, or -1 with range()'s ValueError "range() arg 3 must not be zero" (loops over range(a, b, step)
 * that never build the object check the step with this). */
int molt_range_check_step(int64_t step);
/* range(*args) with 1..3 int-like arguments. */
MoltValue molt_range_from_args(const MoltValue *args, int64_t nargs);
int64_t molt_range_len(MoltValue r);
MoltValue molt_range_iter(MoltValue r);
int molt_range_contains(MoltValue r, MoltValue item);
MoltValue molt_range_index(MoltValue r, MoltValue item);
MoltValue molt_range_count(MoltValue r, MoltValue item);
MoltValue molt_range_getitem(MoltValue r, MoltValue key);
MoltValue molt_range_repr(MoltValue r);

MoltValue molt_slice_new(MoltValue start, MoltValue stop, MoltValue step);  /* MOLT_ERR args mean None */
/* Converts a slice's fields to clamped indices for a sequence of `length` (PySlice_Unpack +
 * PySlice_AdjustIndices). Returns the number of selected items, or -1 with an exception. */
int64_t molt_slice_indices(MoltValue slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step);
MoltValue molt_slice_repr(MoltValue s);
/* Converts an index-like value (int, bool, __index__) to int64, clamping big ints to +-INT64_MAX
 * like CPython's slice handling. false with an exception if not index-like. */
bool molt_index_clamped(MoltValue v, int64_t *out);
/* Sequence index: int-like key to int64. Returns 1 on success, 0 if key is not index-like (no
 * exception: the caller raises its own TypeError), -1 with IndexError "cannot fit 'int' into an
 * index-sized integer" for huge ints (or the error __index__ raised). */
int molt_seq_index(MoltValue key, int64_t *out);
/* Repeat count for seq * n: 1 ok, 0 not an int (no exception), -1 OverflowError for huge ints. */
int molt_repeat_count(MoltValue n, int64_t *out);

#endif
