/* Molt runtime: float (float.c, float_repr.c) and complex (complex.c). */
#ifndef MOLT_FLOAT_H
#define MOLT_FLOAT_H

#include "molt/object.h"

typedef struct MoltFloat {
    MoltObject ob;
    double value;
} MoltFloat;

static inline bool molt_is_float(MoltValue v) {
    return molt_is_ptr(v) && molt_obj(v)->type == &molt_float_type;
}
static inline double molt_float_value(MoltValue v) { return ((MoltFloat *)molt_obj(v))->value; }

MoltValue molt_float_new(double d);
/* float(x) as a C double: float, int, bool, __float__, __index__; TypeError otherwise. */
int molt_float_as_double(MoltValue x, double *out);
/* float(x) for any x, including str parsing ("could not convert string to float: 'x'"). */
MoltValue molt_float_from_any(MoltValue x);
MoltValue molt_float_from_str(MoltValue s);

/* Shortest repr that round-trips, in CPython's layout (1e+16, 1e-05, 0.1, inf, nan, -0.0).
 * Writes into buf (at least 32 bytes), returns the length. */
int molt_double_repr(double d, char *buf);
MoltValue molt_float_repr(MoltValue v);
/* float.hex(): '0x1.8000000000000p+1' (float_hex.c). */
MoltValue molt_float_hex(double d);
/* float.fromhex(s) for a str s: ValueError "invalid hexadecimal floating-point string", OverflowError
 * "hexadecimal value too large to represent as a float". */
MoltValue molt_float_fromhex(MoltValue s);
/* Adds float.hex and float.fromhex (called by molt_float_init). 0 or -1. */
int molt_float_hex_init(void);
int64_t molt_double_hash(double d);

/* Arithmetic on doubles with CPython's errors (MOLT_ERR on ZeroDivisionError/OverflowError). */
MoltValue molt_float_binop(int op, double a, double b);
/* a op b where each is int or float (at least one float); NotImplemented for other types. */
MoltValue molt_float_number(int op, MoltValue a, MoltValue b);
/* Exact comparison of a double with an int (no precision loss). */
int molt_float_int_cmp(double d, MoltValue i); /* -1, 0, 1; 2 if d is NaN */
MoltValue molt_float_round(double d, MoltValue ndigits); /* round(d) -> int, round(d, n) -> float */
MoltValue molt_float_format_spec(double d, MoltValue spec);

/* complex: minimal (literals, repr, arithmetic). */
typedef struct MoltComplex {
    MoltObject ob;
    double real, imag;
} MoltComplex;
MoltValue molt_complex_new(double real, double imag);

#endif
