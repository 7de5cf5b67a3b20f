/* Molt runtime: unpacking an iterable into assignment targets (unpack.c). */
#ifndef MOLT_UNPACK_H
#define MOLT_UNPACK_H

#include "molt/object.h"

/* a, b, c = seq: fills out[0..n). 0, or -1 with TypeError/ValueError (CPython's messages). */
int molt_unpack(MoltValue seq, int64_t n, MoltValue *out);
/* The same as a tuple of exactly n items (what generated code assigns from), or MOLT_ERR. */
MoltValue molt_unpack_sequence(MoltValue seq, int64_t n);
/* a, *b, c = seq with `before` targets before the star and `after` after it: a tuple of
 * before + 1 + after items, the starred one a new list of the rest; or MOLT_ERR with
 * "not enough values to unpack (expected at least N, got M)". */
MoltValue molt_unpack_ex(MoltValue seq, int64_t before, int64_t after);

#endif
