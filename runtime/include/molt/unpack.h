/* Molt runtime: unpacking an iterable into assignment targets (unpack.c). */
#ifndef MOLT_UNPACK_H
#define MOLT_UNPACK_H

#include "molt/object.h"

/* a, b, c = seq: fills out[0..n). 0, or -1 with TypeError/ValueError (CPython's messages). */
int molt_unpack(MoltValue seq, int64_t n, MoltValue *out);
/* a, *b, c = seq with `before` targets before the star and `after` after it: fills
 * out[0..before+1+after), the starred one with a new list. 0 or -1. */
int molt_unpack_ex(MoltValue seq, int64_t before, int64_t after, MoltValue *out);

#endif
