/*
 * int: the type, signed arithmetic with Python's floor semantics, two's-complement bitwise
 * operators, shifts, pow, hashing (mod 2^61-1 like CPython) and conversions to/from double.
 * Small ints (63-bit tagged) take inline paths; everything else goes through magnitudes (bigint.c).
 * Text conversions live in int_str.c.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bigint_mag.h"
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/int.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

#define HASH_MODULUS (((uint64_t)1 << 61) - 1)

bool molt_is_int_like(MoltValue v) {
    if (molt_is_small(v)) return true;
    if (!molt_is_ptr(v)) return false;
    MoltType *t = molt_obj(v)->type;
    return t == &molt_int_type || t == &molt_bool_type;
}

/* bool -> small int, so the fast paths below see plain ints. */
static inline MoltValue norm(MoltValue v) {
    if (v == molt_True) return molt_small(1);
    if (v == molt_False) return molt_small(0);
    return v;
}

MoltValue molt_int_from_i64(int64_t i) {
    if (molt_small_fits(i)) return molt_small(i);
    return molt_bigint_from_i64(i);
}

MoltValue molt_int_from_u64(uint64_t u) {
    if (u <= (uint64_t)MOLT_SMALL_MAX) return molt_small((int64_t)u);
    uint32_t d[2] = {(uint32_t)u, (uint32_t)(u >> 32)};
    return molt_int_from_mag(1, d, 2);
}

int molt_int_as_i64(MoltValue v, int64_t *out) {
    v = norm(v);
    if (molt_is_small(v)) {
        *out = molt_small_value(v);
        return 1;
    }
    MoltBigInt *b = (MoltBigInt *)molt_obj(v);
    if (b->ndigits > 2) return 0;
    uint64_t m = b->digits[0] | (b->ndigits == 2 ? (uint64_t)b->digits[1] << 32 : 0);
    if (b->sign > 0) {
        if (m > (uint64_t)INT64_MAX) return 0;
        *out = (int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX + 1) return 0;
        *out = (int64_t)(0 - m);
    }
    return 1;
}

int molt_int_to_i64(MoltValue v, int64_t *out) {
    if (molt_int_as_i64(v, out)) return 0;
    molt_err_set_str(&molt_OverflowError, "Python int too large to convert to C long");
    return -1;
}

int molt_int_sign(MoltValue v) {
    v = norm(v);
    if (molt_is_small(v)) {
        int64_t i = molt_small_value(v);
        return i < 0 ? -1 : i > 0;
    }
    return ((MoltBigInt *)molt_obj(v))->sign;
}

int molt_int_cmp(MoltValue a, MoltValue b) {
    a = norm(a);
    b = norm(b);
    if (molt_is_small(a) && molt_is_small(b)) {
        int64_t x = molt_small_value(a), y = molt_small_value(b);
        return x < y ? -1 : x > y;
    }
    Num x, y;
    molt_num_view(a, &x);
    molt_num_view(b, &y);
    if (x.sign != y.sign) return x.sign < y.sign ? -1 : 1;
    int c = molt_mag_cmp(x.d, x.n, y.d, y.n);
    return x.sign < 0 ? -c : c;
}

int64_t molt_int_hash(MoltValue v) {
    v = norm(v);
    if (molt_is_small(v)) {
        int64_t i = molt_small_value(v);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        int64_t h = (int64_t)(m % HASH_MODULUS);
        if (i < 0) h = -h;
        return h == -1 ? -2 : h;
    }
    MoltBigInt *b = (MoltBigInt *)molt_obj(v);
    uint64_t h = 0;
    for (int64_t i = b->ndigits - 1; i >= 0; i--) {
        /* h * 2^32 mod (2^61 - 1) is a 61-bit rotation by 32. */
        h = ((h << 32) & HASH_MODULUS) | (h >> 29);
        h += b->digits[i];
        if (h >= HASH_MODULUS) h -= HASH_MODULUS;
    }
    int64_t r = b->sign < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t molt_int_bit_length(MoltValue v) {
    v = norm(v);
    Num x;
    molt_num_view(v, &x);
    return molt_mag_bits(x.d, x.n);
}

/* ------------------------------------------------------------ add, sub, mul */

static MoltValue add_nums(const Num *x, const Num *y, int ysign) {
    if (x->sign == 0) return molt_int_from_mag(ysign, y->d, y->n);
    if (ysign == 0) return molt_int_from_mag(x->sign, x->d, x->n);
    int64_t n = (x->n > y->n ? x->n : y->n) + 1;
    uint32_t *out = molt_mag_alloc(n);
    if (!out) return MOLT_ERR;
    MoltValue r;
    if (x->sign == ysign) {
        int64_t rn = molt_mag_add(x->d, x->n, y->d, y->n, out);
        r = molt_int_from_mag(ysign, out, rn);
    } else {
        int c = molt_mag_cmp(x->d, x->n, y->d, y->n);
        if (c == 0) r = molt_small(0);
        else if (c > 0) r = molt_int_from_mag(x->sign, out, molt_mag_sub(x->d, x->n, y->d, y->n, out));
        else r = molt_int_from_mag(ysign, out, molt_mag_sub(y->d, y->n, x->d, x->n, out));
    }
    free(out);
    return r;
}

MoltValue molt_int_add(MoltValue a, MoltValue b) {
    a = norm(a);
    b = norm(b);
    if (molt_is_small(a) && molt_is_small(b)) return molt_int_from_i64(molt_small_value(a) + molt_small_value(b));
    Num x, y;
    molt_num_view(a, &x);
    molt_num_view(b, &y);
    /* x.d and y.d point into a and b: keep both alive while the result is allocated */
    MOLT_ROOTS2(a, b);
    MoltValue r = add_nums(&x, &y, y.sign);
    MOLT_UNROOT();
    return r;
}

MoltValue molt_int_sub(MoltValue a, MoltValue b) {
    a = norm(a);
    b = norm(b);
    if (molt_is_small(a) && molt_is_small(b)) return molt_int_from_i64(molt_small_value(a) - molt_small_value(b));
    Num x, y;
    molt_num_view(a, &x);
    molt_num_view(b, &y);
    /* x.d and y.d point into a and b: keep both alive while the result is allocated */
    MOLT_ROOTS2(a, b);
    MoltValue r = add_nums(&x, &y, -y.sign);
    MOLT_UNROOT();
    return r;
}

static MoltValue mul_nums(const Num *x, const Num *y) {
    if (x->sign == 0 || y->sign == 0) return molt_small(0);
    uint32_t *out = molt_mag_alloc(x->n + y->n);
    if (!out) return MOLT_ERR;
    int64_t n = molt_mag_mul(x->d, x->n, y->d, y->n, out);
    MoltValue r = n < 0 ? MOLT_ERR : molt_int_from_mag(x->sign * y->sign, out, n);
    free(out);
    return r;
}

MoltValue molt_int_mul(MoltValue a, MoltValue b) {
    a = norm(a);
    b = norm(b);
    if (molt_is_small(a) && molt_is_small(b)) {
        int64_t r;
        if (!__builtin_mul_overflow(molt_small_value(a), molt_small_value(b), &r)) return molt_int_from_i64(r);
    }
    Num x, y;
    molt_num_view(a, &x);
    molt_num_view(b, &y);
    return mul_nums(&x, &y);
}

MoltValue molt_int_neg(MoltValue a) {
    a = norm(a);
    if (molt_is_small(a)) return molt_int_from_i64(-molt_small_value(a));
    Num x;
    molt_num_view(a, &x);
    /* x.d points into a: keep a alive while the result is allocated */
    MOLT_ROOTS1(a);
    MoltValue r = molt_int_from_mag(-x.sign, x.d, x.n);
    MOLT_UNROOT();
    return r;
}

MoltValue molt_int_abs(MoltValue a) { return molt_int_sign(a) < 0 ? molt_int_neg(a) : norm(a); }

/* ------------------------------------------------------------ division */

/* Floor division and modulo with Python's signs; either output pointer may be NULL. */
static int divmod_nums(const Num *x, const Num *y, MoltValue *qout, MoltValue *rout) {
    int64_t qn = x->n - y->n + 1 > 0 ? x->n - y->n + 1 : 1;
    uint32_t *q = molt_mag_alloc(qn + 1), *r = molt_mag_alloc(y->n + 1);
    if (!q || !r) {
        free(q);
        free(r);
        return -1;
    }
    if (x->n == 0) {
        /* zero divided by anything is 0 rem 0 */
    } else if (molt_mag_divrem(x->d, x->n, y->d, y->n, q, r) < 0) {
        free(q);
        free(r);
        return -1;
    }
    int64_t rn = molt_mag_strip(r, y->n);
    qn = molt_mag_strip(q, qn);
    int qsign = x->sign * y->sign;
    if (qsign < 0 && rn > 0) {
        /* Round the quotient toward minus infinity: |q| + 1, r = |y| - r with y's sign. */
        uint32_t one = 1;
        qn = molt_mag_add(q, qn, &one, 1, q);
        rn = molt_mag_sub(y->d, y->n, r, rn, r);
    }
    int rsign = rn ? y->sign : 0;
    MoltValue qv = MOLT_ERR, rv = MOLT_ERR;
    int rc = 0;
    if (qout) {
        qv = molt_int_from_mag(qsign, q, qn);
        if (!qv) rc = -1;
    }
    if (rc == 0 && rout) {
        if (qv) {
            MOLT_ROOTS1(qv);
            rv = molt_int_from_mag(rsign, r, rn);
            MOLT_UNROOT();
        } else {
            rv = molt_int_from_mag(rsign, r, rn);
        }
        if (!rv) rc = -1;
    }
    free(q);
    free(r);
    if (qout) *qout = qv;
    if (rout) *rout = rv;
    return rc;
}

MoltValue molt_int_floordiv(MoltValue a, MoltValue b) {
    a = norm(a);
    b = norm(b);
    if (molt_int_sign(b) == 0) return molt_err_set_str(&molt_ZeroDivisionError, "integer division or modulo by zero");
    if (molt_is_small(a) && molt_is_small(b)) {
        int64_t x = molt_small_value(a), y = molt_small_value(b);
        int64_t q = x / y, m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) q--;
        return molt_int_from_i64(q);
    }
    Num x, y;
    molt_num_view(a, &x);
    molt_num_view(b, &y);
    MoltValue q;
    return divmod_nums(&x, &y, &q, NULL) < 0 ? MOLT_ERR : q;
}

MoltValue molt_int_mod(MoltValue a, MoltValue b) {
    a = norm(a);
    b = norm(b);
    if (molt_int_sign(b) == 0) return molt_err_set_str(&molt_ZeroDivisionError, "integer modulo by zero");
    if (molt_is_small(a) && molt_is_small(b)) {
        int64_t x = molt_small_value(a), y = molt_small_value(b);
        int64_t m = x % y;
        if (m != 0 && ((m < 0) != (y < 0))) m += y;
        return molt_small(m);
    }
    Num x, y;
    molt_num_view(a, &x);
    molt_num_view(b, &y);
    MoltValue r;
    return divmod_nums(&x, &y, NULL, &r) < 0 ? MOLT_ERR : r;
}

MoltValue molt_int_divmod(MoltValue a, MoltValue b) {
    a = norm(a);
    b = norm(b);
    if (molt_int_sign(b) == 0) return molt_err_set_str(&molt_ZeroDivisionError, "integer division or modulo by zero");
    MoltValue q, r;
    Num x, y;
    molt_num_view(a, &x);
    molt_num_view(b, &y);
    if (divmod_nums(&x, &y, &q, &r) < 0) return MOLT_ERR;
    MOLT_ROOTS2(q, r);
    MoltValue t = molt_tuple_new(2);
    MOLT_UNROOT();
    if (!t) return MOLT_ERR;
    molt_tuple_items(t)[0] = q;
    molt_tuple_items(t)[1] = r;
    return t;
}

/* Rounds x (an integer with `inexact` standing for lost low bits) to DBL_MANT_DIG bits, half to even,
 * CPython's way of getting a correctly rounded result from a wide quotient. */
static double round_wide(uint64_t x, bool inexact, int64_t extra_bits) {
    if (extra_bits > 0) {
        uint64_t mask = (uint64_t)1 << (extra_bits - 1);
        uint64_t low = x | (inexact ? 1 : 0);
        if ((low & mask) && (low & (3 * mask - 1))) low += mask;
        x = low & ~(2 * mask - 1);
    }
    return (double)x;
}

MoltValue molt_int_truediv(MoltValue a, MoltValue b) {
    a = norm(a);
    b = norm(b);
    if (molt_int_sign(b) == 0) return molt_err_set_str(&molt_ZeroDivisionError, "division by zero");
    if (molt_is_small(a) && molt_is_small(b)) {
        int64_t x = molt_small_value(a), y = molt_small_value(b);
        const int64_t lim = (int64_t)1 << DBL_MANT_DIG;
        if (x >= -lim && x <= lim && y >= -lim && y <= lim) return molt_float_new((double)x / (double)y);
    }
    Num x, y;
    molt_num_view(a, &x);
    molt_num_view(b, &y);
    if (x.sign == 0) return molt_float_new(y.sign < 0 ? -0.0 : 0.0);
    int negative = x.sign * y.sign < 0;
    int64_t abits = molt_mag_bits(x.d, x.n), bbits = molt_mag_bits(y.d, y.n);
    int64_t diff = abits - bbits;
    if (diff > DBL_MAX_EXP)
        return molt_err_set_str(&molt_OverflowError, "integer division result too large for a float");
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return molt_float_new(negative ? -0.0 : 0.0);
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    /* q = |a| / |b| scaled by 2^-shift: between 2^(DBL_MANT_DIG+1) and 2^(DBL_MANT_DIG+3). */
    int64_t ws = shift < 0 ? -shift : shift;
    int64_t wd = ws / 32, wb = ws % 32;
    const uint32_t *num = x.d, *den = y.d;
    int64_t numn = x.n, denn = y.n;
    uint32_t *shifted = molt_mag_alloc((shift < 0 ? x.n : y.n) + wd + 1);
    if (!shifted) return MOLT_ERR;
    const uint32_t *src = shift < 0 ? x.d : y.d;
    int64_t srcn = shift < 0 ? x.n : y.n;
    for (int64_t i = 0; i < srcn; i++) {
        uint64_t v = (uint64_t)src[i] << wb;
        shifted[i + wd] |= (uint32_t)v;
        shifted[i + wd + 1] |= (uint32_t)(v >> 32);
    }
    int64_t sn = molt_mag_strip(shifted, srcn + wd + 1);
    if (shift < 0) {
        num = shifted;
        numn = sn;
    } else {
        den = shifted;
        denn = sn;
    }
    int64_t qn = numn - denn + 1 > 0 ? numn - denn + 1 : 1;
    uint32_t *q = molt_mag_alloc(qn + 1), *r = molt_mag_alloc(denn + 1);
    if (!q || !r || molt_mag_divrem(num, numn, den, denn, q, r) < 0) {
        free(shifted);
        free(q);
        free(r);
        return MOLT_ERR;
    }
    bool inexact = molt_mag_strip(r, denn) != 0;
    qn = molt_mag_strip(q, qn);
    uint64_t qv = q[0] | (qn > 1 ? (uint64_t)q[1] << 32 : 0);
    int64_t qbits = molt_mag_bits(q, qn);
    free(shifted);
    free(q);
    free(r);
    int64_t extra = (qbits > DBL_MIN_EXP - shift ? qbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    double d = ldexp(round_wide(qv, inexact, extra), (int)shift);
    if (isinf(d)) return molt_err_set_str(&molt_OverflowError, "integer division result too large for a float");
    return molt_float_new(negative ? -d : d);
}

/* ------------------------------------------------------------ conversions with double */

int molt_int_to_double(MoltValue v, double *out) {
    v = norm(v);
    if (molt_is_small(v)) {
        *out = (double)molt_small_value(v);
        return 0;
    }
    Num x;
    molt_num_view(v, &x);
    int64_t bits = molt_mag_bits(x.d, x.n);
    if (bits > DBL_MAX_EXP) {
        molt_err_set_str(&molt_OverflowError, "int too large to convert to float");
        return -1;
    }
    /* Keep the top DBL_MANT_DIG+2 bits plus a sticky bit for everything below, then round once. */
    int64_t shift = bits - (DBL_MANT_DIG + 2);
    uint64_t top = 0;
    bool inexact = false;
    for (int64_t i = 0; i < x.n; i++) {
        int64_t pos = i * 32 - shift; /* where digit i lands relative to bit 0 of top */
        uint64_t dgt = x.d[i];
        if (pos >= 0) top |= dgt << pos;
        else if (pos > -32) {
            top |= dgt >> -pos;
            if (dgt & (((uint64_t)1 << -pos) - 1)) inexact = true;
        } else if (dgt) inexact = true;
    }
    double d = ldexp(round_wide(top, inexact, (DBL_MANT_DIG + 2) - DBL_MANT_DIG), (int)shift);
    if (isinf(d)) {
        molt_err_set_str(&molt_OverflowError, "int too large to convert to float");
        return -1;
    }
    *out = x.sign < 0 ? -d : d;
    return 0;
}

MoltValue molt_int_from_double(double d) {
    if (isinf(d)) return molt_err_set_str(&molt_OverflowError, "cannot convert float infinity to integer");
    if (isnan(d)) return molt_err_set_str(&molt_ValueError, "cannot convert float NaN to integer");
    d = trunc(d);
    if (d > -9.2e18 && d < 9.2e18) return molt_int_from_i64((int64_t)d);
    int e;
    double m = frexp(fabs(d), &e); /* |d| = m * 2^e, 0.5 <= m < 1, e > 63 here */
    uint64_t mant = (uint64_t)ldexp(m, 64);   /* exact: 53 significant bits */
    int64_t shift = e - 64;
    int64_t n = 2 + shift / 32 + 1;
    uint32_t *out = molt_mag_alloc(n);
    if (!out) return MOLT_ERR;
    int64_t wd = shift / 32, wb = shift % 32;
    uint32_t parts[2] = {(uint32_t)mant, (uint32_t)(mant >> 32)};
    for (int i = 0; i < 2; i++) {
        uint64_t v = (uint64_t)parts[i] << wb;
        out[i + wd] |= (uint32_t)v;
        out[i + wd + 1] |= (uint32_t)(v >> 32);
    }
    MoltValue r = molt_int_from_mag(d < 0 ? -1 : 1, out, n);
    free(out);
    return r;
}

/* ------------------------------------------------------------ bitwise */

/* Two's complement of x in w digits (w > x->n so the sign bit is room to spare). */
static void to_twos(const Num *x, uint32_t *out, int64_t w) {
    memset(out, 0, (size_t)w * sizeof(uint32_t));
    memcpy(out, x->d, (size_t)x->n * sizeof(uint32_t));
    if (x->sign < 0) {
        uint64_t carry = 1;
        for (int64_t i = 0; i < w; i++) {
            carry += (uint32_t)~out[i];
            out[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
}

static MoltValue from_twos(uint32_t *d, int64_t w) {
    if (d[w - 1] & 0x80000000u) {
        uint64_t carry = 1;
        for (int64_t i = 0; i < w; i++) {
            carry += (uint32_t)~d[i];
            d[i] = (uint32_t)carry;
            carry >>= 32;
        }
        return molt_int_from_mag(-1, d, w);
    }
    return molt_int_from_mag(1, d, w);
}

static MoltValue bitop(MoltValue a, MoltValue b, char op) {
    a = norm(a);
    b = norm(b);
    if (molt_is_small(a) && molt_is_small(b)) {
        int64_t x = molt_small_value(a), y = molt_small_value(b);
        return molt_small(op == '&' ? (x & y) : op == '|' ? (x | y) : (x ^ y));
    }
    Num x, y;
    molt_num_view(a, &x);
    molt_num_view(b, &y);
    int64_t w = (x.n > y.n ? x.n : y.n) + 1;
    uint32_t *p = molt_mag_alloc(2 * w);
    if (!p) return MOLT_ERR;
    uint32_t *q = p + w;
    to_twos(&x, p, w);
    to_twos(&y, q, w);
    for (int64_t i = 0; i < w; i++) p[i] = op == '&' ? (p[i] & q[i]) : op == '|' ? (p[i] | q[i]) : (p[i] ^ q[i]);
    MoltValue r = from_twos(p, w);
    free(p);
    return r;
}

MoltValue molt_int_and(MoltValue a, MoltValue b) { return bitop(a, b, '&'); }
MoltValue molt_int_or(MoltValue a, MoltValue b) { return bitop(a, b, '|'); }
MoltValue molt_int_xor(MoltValue a, MoltValue b) { return bitop(a, b, '^'); }

MoltValue molt_int_invert(MoltValue a) {
    a = norm(a);
    if (molt_is_small(a)) return molt_small(~molt_small_value(a));
    /* ~x == -(x + 1) */
    MoltValue one = molt_small(1);
    MoltValue s = molt_int_add(a, one);
    return s ? molt_int_neg(s) : MOLT_ERR;
}

static int shift_count(MoltValue b, int64_t *out) {
    b = norm(b);
    if (molt_int_sign(b) < 0) {
        molt_err_set_str(&molt_ValueError, "negative shift count");
        return -1;
    }
    if (!molt_int_as_i64(b, out)) *out = INT64_MAX;
    return 0;
}

MoltValue molt_int_lshift(MoltValue a, MoltValue b) {
    a = norm(a);
    int64_t n;
    if (shift_count(b, &n) < 0) return MOLT_ERR;
    if (molt_int_sign(a) == 0) return molt_small(0);
    if (molt_is_small(a) && n < 62) {
        int64_t x = molt_small_value(a);
        int64_t r = (int64_t)((uint64_t)x << n);
        if ((r >> n) == x) return molt_int_from_i64(r);
    }
    if (n > ((int64_t)1 << 40)) return molt_err_set_str(&molt_OverflowError, "too many digits in integer");
    Num x;
    molt_num_view(a, &x);
    int64_t wd = n / 32, wb = n % 32;
    uint32_t *out = molt_mag_alloc(x.n + wd + 1);
    if (!out) return MOLT_ERR;
    for (int64_t i = 0; i < x.n; i++) {
        uint64_t v = (uint64_t)x.d[i] << wb;
        out[i + wd] |= (uint32_t)v;
        out[i + wd + 1] |= (uint32_t)(v >> 32);
    }
    MoltValue r = molt_int_from_mag(x.sign, out, x.n + wd + 1);
    free(out);
    return r;
}

MoltValue molt_int_rshift(MoltValue a, MoltValue b) {
    a = norm(a);
    int64_t n;
    if (shift_count(b, &n) < 0) return MOLT_ERR;
    if (molt_is_small(a)) return molt_small(molt_small_value(a) >> (n > 63 ? 63 : n));
    Num x;
    molt_num_view(a, &x);
    int64_t wd = n / 32, wb = n % 32;
    if (wd >= x.n) return molt_small(x.sign < 0 ? -1 : 0);
    uint32_t *out = molt_mag_alloc(x.n - wd + 1);
    if (!out) return MOLT_ERR;
    bool lost = false;
    for (int64_t i = 0; i < wd; i++) lost |= x.d[i] != 0;
    if (wb && (x.d[wd] & ((1u << wb) - 1))) lost = true;
    for (int64_t i = wd; i < x.n; i++) {
        uint64_t v = x.d[i] | (i + 1 < x.n ? (uint64_t)x.d[i + 1] << 32 : 0);
        out[i - wd] = (uint32_t)(v >> wb);
    }
    int64_t on = x.n - wd;
    if (x.sign < 0 && lost) {
        /* Floor toward minus infinity: magnitude + 1. */
        uint32_t one = 1;
        on = molt_mag_add(out, on, &one, 1, out);
    }
    MoltValue r = molt_int_from_mag(x.sign, out, on);
    free(out);
    return r;
}

/* ------------------------------------------------------------ pow */

static MoltValue int_pow_plain(MoltValue a, MoltValue b) {
    a = norm(a);
    b = norm(b);
    if (molt_int_sign(b) < 0) {
        double x, y;
        if (molt_int_to_double(a, &x) < 0 || molt_int_to_double(b, &y) < 0) return MOLT_ERR;
        return molt_float_binop(MOLT_OP_POW, x, y);
    }
    int64_t e;
    if (!molt_int_as_i64(b, &e)) {
        /* Only 0, 1 and -1 survive a huge exponent. */
        int64_t base;
        if (molt_int_as_i64(a, &base) && base >= -1 && base <= 1) {
            if (base != -1) return molt_small(base);
            return molt_small(molt_int_bit_length(b) && (molt_int_and(b, molt_small(1)) == molt_small(1)) ? -1 : 1);
        }
        return molt_err_no_memory();
    }
    MoltValue result = molt_small(1), base = a;
    MOLT_ROOTS2(result, base);
    while (e > 0) {
        if (e & 1) {
            result = molt_int_mul(result, base);
            if (!result) break;
        }
        e >>= 1;
        if (e) {
            base = molt_int_mul(base, base);
            if (!base) {
                result = MOLT_ERR;
                break;
            }
        }
    }
    MOLT_UNROOT();
    return result;
}

/* Modular inverse of a mod m (m > 0) by the extended Euclidean algorithm. */
static MoltValue mod_inverse(MoltValue a, MoltValue m) {
    MoltValue r0 = a, r1 = m, s0 = molt_small(1), s1 = molt_small(0);
    MoltValue q = MOLT_ERR, t = MOLT_ERR;
    MOLT_ROOTS4(r0, r1, s0, s1);
    MoltCRoots extra = {0, {&q, &t}, 2};
    molt_croots_push(&extra);
    MoltValue result = MOLT_ERR;
    while (molt_int_sign(r1) != 0) {
        q = molt_int_floordiv(r0, r1);
        if (!q) goto done;
        t = molt_int_mul(q, r1);
        if (!t) goto done;
        t = molt_int_sub(r0, t);
        if (!t) goto done;
        r0 = r1;
        r1 = t;
        t = molt_int_mul(q, s1);
        if (!t) goto done;
        t = molt_int_sub(s0, t);
        if (!t) goto done;
        s0 = s1;
        s1 = t;
    }
    if (molt_int_cmp(r0, molt_small(1)) != 0) {
        molt_err_set_str(&molt_ValueError, "base is not invertible for the given modulus");
        goto done;
    }
    result = molt_int_mod(s0, m);
done:
    molt_croots_pop(&extra);
    MOLT_UNROOT();
    return result;
}

MoltValue molt_int_pow(MoltValue a, MoltValue b, MoltValue mod) {
    if (!mod || mod == molt_None) return int_pow_plain(a, b);
    a = norm(a);
    b = norm(b);
    mod = norm(mod);
    int msign = molt_int_sign(mod);
    if (msign == 0) return molt_err_set_str(&molt_ValueError, "pow() 3rd argument cannot be 0");
    MoltValue m = MOLT_ERR, base = a, result = molt_small(1), e = b;
    MOLT_ROOTS4(m, base, result, e);
    m = molt_int_abs(mod);
    MoltValue out = MOLT_ERR;
    if (!m) goto done;
    base = molt_int_mod(base, m);
    if (!base) goto done;
    if (molt_int_sign(e) < 0) {
        base = mod_inverse(base, m);
        if (!base) goto done;
        e = molt_int_neg(e);
        if (!e) goto done;
    }
    {
        int64_t nbits = molt_int_bit_length(e);
        for (int64_t i = nbits - 1; i >= 0; i--) {
            result = molt_int_mul(result, result);
            if (!result) goto done;
            result = molt_int_mod(result, m);
            if (!result) goto done;
            Num ev; /* e is rooted and the heap does not move, so the view stays valid */
            molt_num_view(e, &ev);
            if ((ev.d[i / 32] >> (i % 32)) & 1) {
                result = molt_int_mul(result, base);
                if (!result) goto done;
                result = molt_int_mod(result, m);
                if (!result) goto done;
            }
        }
    }
    if (molt_int_cmp(m, molt_small(1)) == 0) result = molt_small(0);
    /* Python's result takes the modulus's sign. */
    if (msign < 0 && molt_int_sign(result) != 0) result = molt_int_sub(result, m);
    out = result;
done:
    MOLT_UNROOT();
    return out;
}

/* ------------------------------------------------------------ the type's slots */

#define INT_BINOP(name, fn)                                                                       \
    static MoltValue name(MoltValue a, MoltValue b) {                                             \
        if (!molt_is_int_like(a) || !molt_is_int_like(b)) return molt_NotImplemented;             \
        return fn(a, b);                                                                          \
    }                                                                                             \
    static MoltValue name##_r(MoltValue b, MoltValue a) {                                         \
        if (!molt_is_int_like(a) || !molt_is_int_like(b)) return molt_NotImplemented;             \
        return fn(a, b);                                                                          \
    }
INT_BINOP(int_add_slot, molt_int_add)
INT_BINOP(int_sub_slot, molt_int_sub)
INT_BINOP(int_mul_slot, molt_int_mul)
INT_BINOP(int_truediv_slot, molt_int_truediv)
INT_BINOP(int_mod_slot, molt_int_mod)
INT_BINOP(int_floordiv_slot, molt_int_floordiv)
INT_BINOP(int_lshift_slot, molt_int_lshift)
INT_BINOP(int_rshift_slot, molt_int_rshift)
INT_BINOP(int_and_slot, molt_int_and)
INT_BINOP(int_or_slot, molt_int_or)
INT_BINOP(int_xor_slot, molt_int_xor)

static MoltValue int_pow2(MoltValue a, MoltValue b) { return molt_int_pow(a, b, MOLT_ERR); }
INT_BINOP(int_pow_slot, int_pow2)

static MoltValue int_richcmp(MoltValue a, MoltValue b, int op) {
    if (!molt_is_int_like(a) || !molt_is_int_like(b)) return molt_NotImplemented;
    int c = molt_int_cmp(a, b);
    switch (op) {
    case MOLT_LT: return molt_bool(c < 0);
    case MOLT_LE: return molt_bool(c <= 0);
    case MOLT_EQ: return molt_bool(c == 0);
    case MOLT_NE: return molt_bool(c != 0);
    case MOLT_GT: return molt_bool(c > 0);
    default: return molt_bool(c >= 0);
    }
}

static MoltValue int_repr_slot(MoltValue v) { return molt_int_to_str(v); }
static int64_t int_hash_slot(MoltValue v) { return molt_int_hash(v); }
static MoltValue int_bool_slot(MoltValue v) { return molt_bool(molt_int_sign(v) != 0); }
static MoltValue int_pos_slot(MoltValue v) { return norm(v); }
static MoltValue int_index_slot(MoltValue v) { return norm(v); }

static MoltValue int_float_slot(MoltValue v) {
    double d;
    if (molt_int_to_double(v, &d) < 0) return MOLT_ERR;
    return molt_float_new(d);
}

MoltType molt_int_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "int",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE,
    .repr = int_repr_slot,
    .hash = int_hash_slot,
    .richcmp = int_richcmp,
    .to_bool = int_bool_slot,
    .number = {
        [MOLT_OP_ADD] = int_add_slot, [MOLT_OP_SUB] = int_sub_slot, [MOLT_OP_MUL] = int_mul_slot,
        [MOLT_OP_TRUEDIV] = int_truediv_slot, [MOLT_OP_MOD] = int_mod_slot, [MOLT_OP_POW] = int_pow_slot,
        [MOLT_OP_LSHIFT] = int_lshift_slot, [MOLT_OP_RSHIFT] = int_rshift_slot, [MOLT_OP_OR] = int_or_slot,
        [MOLT_OP_XOR] = int_xor_slot, [MOLT_OP_AND] = int_and_slot, [MOLT_OP_FLOORDIV] = int_floordiv_slot,
    },
    .number_reflected = {
        [MOLT_OP_ADD] = int_add_slot_r, [MOLT_OP_SUB] = int_sub_slot_r, [MOLT_OP_MUL] = int_mul_slot_r,
        [MOLT_OP_TRUEDIV] = int_truediv_slot_r, [MOLT_OP_MOD] = int_mod_slot_r, [MOLT_OP_POW] = int_pow_slot_r,
        [MOLT_OP_LSHIFT] = int_lshift_slot_r, [MOLT_OP_RSHIFT] = int_rshift_slot_r, [MOLT_OP_OR] = int_or_slot_r,
        [MOLT_OP_XOR] = int_xor_slot_r, [MOLT_OP_AND] = int_and_slot_r, [MOLT_OP_FLOORDIV] = int_floordiv_slot_r,
    },
    .neg = molt_int_neg,
    .pos = int_pos_slot,
    .invert = molt_int_invert,
    .to_index = int_index_slot,
    .to_float = int_float_slot,
};
