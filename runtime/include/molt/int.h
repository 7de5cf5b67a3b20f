/* Molt runtime: int (int.c: small-int fast paths and the int type) and arbitrary precision (bigint.c). */
#ifndef MOLT_INT_H
#define MOLT_INT_H

#include "molt/object.h"

/* Heap int, used only when the value does not fit a small int (canonical form). Magnitude in
 * 32-bit digits, least significant first; sign separately. */
typedef struct MoltBigInt {
    MoltObject ob;
    int32_t sign;      /* -1 or 1 (never 0: zero is a small int) */
    int32_t ndigits;
    uint32_t digits[];
} MoltBigInt;

static inline bool molt_is_int(MoltValue v) {
    return molt_is_small(v) || (molt_is_ptr(v) && molt_obj(v)->type == &molt_int_type);
}
/* int or bool (or a subclass of int). */
bool molt_is_int_like(MoltValue v);

MoltValue molt_int_from_i64(int64_t i);
MoltValue molt_int_from_u64(uint64_t u);
/* Exact conversion of a finite double's integer part; OverflowError/ValueError for inf/nan with CPython's messages. */
MoltValue molt_int_from_double(double d);
/* Fits in int64: 1 and *out set; 0 if out of range (no exception). v must be an int (or bool). */
int molt_int_as_i64(MoltValue v, int64_t *out);
/* int64 or OverflowError "Python int too large to convert to C long". */
int molt_int_to_i64(MoltValue v, int64_t *out);
/* Correctly rounded double; OverflowError "int too large to convert to float". */
int molt_int_to_double(MoltValue v, double *out);
int molt_int_sign(MoltValue v);           /* -1, 0, 1 */
int molt_int_cmp(MoltValue a, MoltValue b); /* -1, 0, 1 (both ints/bools) */
int64_t molt_int_hash(MoltValue v);
int64_t molt_int_bit_length(MoltValue v);

/* Arithmetic on ints (bools accepted). Results canonical. */
MoltValue molt_int_add(MoltValue a, MoltValue b);
MoltValue molt_int_sub(MoltValue a, MoltValue b);
MoltValue molt_int_mul(MoltValue a, MoltValue b);
MoltValue molt_int_floordiv(MoltValue a, MoltValue b);
MoltValue molt_int_mod(MoltValue a, MoltValue b);
MoltValue molt_int_divmod(MoltValue a, MoltValue b);  /* tuple */
MoltValue molt_int_truediv(MoltValue a, MoltValue b); /* float */
MoltValue molt_int_pow(MoltValue a, MoltValue b, MoltValue mod); /* mod MOLT_ERR or None: no modulus */
MoltValue molt_int_neg(MoltValue a);
MoltValue molt_int_abs(MoltValue a);
MoltValue molt_int_invert(MoltValue a);
MoltValue molt_int_lshift(MoltValue a, MoltValue b);
MoltValue molt_int_rshift(MoltValue a, MoltValue b);
MoltValue molt_int_and(MoltValue a, MoltValue b);
MoltValue molt_int_or(MoltValue a, MoltValue b);
MoltValue molt_int_xor(MoltValue a, MoltValue b);

/* Text conversion. */
MoltValue molt_int_to_str(MoltValue v);                    /* decimal str */
MoltValue molt_int_to_base(MoltValue v, int base);         /* bin/oct/hex with 0b/0o/0x prefix */
/* C string of the decimal digits (malloc'd; caller frees). NULL on MemoryError. */
char *molt_int_to_cstr(MoltValue v);
/* int(s, base) with CPython's rules (whitespace, underscores, sign, base 0 prefixes) and message
 * "invalid literal for int() with base 10: 'x'". */
MoltValue molt_int_from_str(MoltValue s, int base);
MoltValue molt_int_from_cstr(const char *s, int64_t n, int base);
/* int(x) for any x (int, bool, float, str, __int__/__index__). */
MoltValue molt_int_from_any(MoltValue x);
/* x.__index__() as an int (TypeError "'T' object cannot be interpreted as an integer"). */
MoltValue molt_index(MoltValue x);
/* x.__index__() as int64; OverflowError "cannot fit 'int' into an index-sized integer". */
int molt_index_i64(MoltValue x, int64_t *out);
/* The same as a plain result for generated code: -1 is also a valid index, so callers check
 * molt_err_occurred() when they get -1. */
int64_t molt_index_as_i64(MoltValue x);

/* int_methods.c: n.to_bytes(length, 'little'/'big', signed=) ("int too big to convert", "can't convert
 * negative int to unsigned") and int.from_bytes over raw bytes; molt_int_methods_init adds to_bytes,
 * from_bytes and as_integer_ratio to int (called by molt_int_init). */
MoltValue molt_int_to_bytes(MoltValue v, int64_t length, bool little, bool is_signed);
MoltValue molt_int_from_bytes(const unsigned char *data, int64_t n, bool little, bool is_signed);
int molt_int_methods_init(void);

/* ---- bigint.c internals shared with int.c */
MoltValue molt_bigint_from_i64(int64_t i); /* always heap (not canonical): building block */
MoltValue molt_bigint_normalize(MoltValue big); /* canonical form */

#endif
