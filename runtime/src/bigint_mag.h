/* Magnitude arithmetic on little-endian arrays of 32-bit digits (bigint.c, int.c). Internal. */
#ifndef MOLT_BIGINT_MAG_H
#define MOLT_BIGINT_MAG_H

#include <stdint.h>

#include "molt/int.h"

/* A signed integer as sign + magnitude. `d` either points into a MoltBigInt (borrowed; valid until
 * the next allocation) or into `buf` for small ints, or to malloc'd memory owned by the caller. */
typedef struct Num {
    int sign; /* -1, 0, 1 */
    int64_t n;
    uint32_t *d;
    uint32_t buf[3];
} Num;

void molt_num_view(MoltValue v, Num *x);            /* v: int or bool */
int64_t molt_mag_strip(const uint32_t *d, int64_t n);
int molt_mag_cmp(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn);
int64_t molt_mag_add(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn, uint32_t *out); /* out: max+1 */
int64_t molt_mag_sub(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn, uint32_t *out); /* a >= b */
int64_t molt_mag_mul(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn, uint32_t *out); /* out: an+bn */
uint32_t molt_mag_divrem1(const uint32_t *a, int64_t n, uint32_t d, uint32_t *q);
/* q gets an-bn+1 digits, r gets bn digits; returns 0, or -1 if out of memory. b must be non-zero. */
int molt_mag_divrem(const uint32_t *a, int64_t an, const uint32_t *b, int64_t bn, uint32_t *q, uint32_t *r);
int64_t molt_mag_bits(const uint32_t *d, int64_t n);
/* Canonical int from sign and magnitude (copied). MOLT_ERR on MemoryError. */
MoltValue molt_int_from_mag(int sign, const uint32_t *d, int64_t n);
uint32_t *molt_mag_alloc(int64_t n); /* zeroed malloc; NULL after raising MemoryError */

#endif
