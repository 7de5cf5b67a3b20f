/*
 * Text <-> double in CPython's exact formats: shortest round-trip repr (the digits of the first
 * precision whose %e output reads back to the same double, laid out like float_repr_style 'short'),
 * float() parsing, round() with correctly rounded decimal digits, and the numeric hash.
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/int.h"
#include "molt/str.h"

/* Shortest decimal digits of |d| (finite, non-zero) and the decimal point position:
 * |d| = 0.DIGITS * 10^decpt. Returns the digit count. */
static int shortest_digits(double d, char *digits, int *decpt) {
    char buf[40];
    d = fabs(d);
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, d);
        if (p == 17 || strtod(buf, NULL) == d) break;
    }
    /* buf is "D.DDDDe[+-]XX" */
    int n = 0;
    char *e = strchr(buf, 'e');
    for (char *q = buf; q < e; q++)
        if (*q != '.') digits[n++] = *q;
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = 0;
    *decpt = atoi(e + 1) + 1;
    return n;
}

int molt_double_repr(double d, char *out) {
    if (isnan(d)) return (int)strlen(strcpy(out, "nan"));
    if (isinf(d)) return (int)strlen(strcpy(out, d > 0 ? "inf" : "-inf"));
    char *o = out;
    if (signbit(d)) *o++ = '-';
    if (d == 0) {
        strcpy(o, "0.0");
        return (int)(o - out) + 3;
    }
    char digits[24];
    int decpt;
    int n = shortest_digits(d, digits, &decpt);
    if (decpt <= -4 || decpt > 16) {
        *o++ = digits[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)(n - 1));
            o += n - 1;
        }
        int exp = decpt - 1;
        o += sprintf(o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (decpt <= 0) {
        *o++ = '0';
        *o++ = '.';
        for (int i = 0; i < -decpt; i++) *o++ = '0';
        memcpy(o, digits, (size_t)n);
        o += n;
    } else if (decpt >= n) {
        memcpy(o, digits, (size_t)n);
        o += n;
        for (int i = n; i < decpt; i++) *o++ = '0';
        *o++ = '.';
        *o++ = '0';
    } else {
        memcpy(o, digits, (size_t)decpt);
        o += decpt;
        *o++ = '.';
        memcpy(o, digits + decpt, (size_t)(n - decpt));
        o += n - decpt;
    }
    *o = 0;
    return (int)(o - out);
}

MoltValue molt_float_repr(MoltValue v) {
    char buf[40];
    int n = molt_double_repr(molt_float_value(v), buf);
    return molt_str_from_utf8_len(buf, n, n);
}

/* ------------------------------------------------------------ hash */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

/* CPython's _Py_HashDouble for finite and infinite values (NaN hashes by identity; see float.c). */
int64_t molt_double_hash(double v) {
    if (isinf(v)) return v > 0 ? 314159 : -314159;
    if (isnan(v)) return 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

/* ------------------------------------------------------------ parsing */

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

static bool match_ci(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) != n) return false;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i]) return false;
    return true;
}

/* Python's float literal grammar (plus inf/nan words); underscores only between digits. Writes the
 * text without underscores to out. */
static bool valid_float_text(const char *p, const char *end, char *out) {
    char *o = out;
    if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
    if (match_ci(p, end, "inf") || match_ci(p, end, "infinity") || match_ci(p, end, "nan")) {
        memcpy(o, p, (size_t)(end - p));
        o[end - p] = 0;
        return true;
    }
    int mant_digits = 0;
    bool prev_digit = false;
    for (; p < end; p++) {
        char c = *p;
        if (c >= '0' && c <= '9') {
            *o++ = c;
            mant_digits++;
            prev_digit = true;
        } else if (c == '_') {
            if (!prev_digit || p + 1 >= end || p[1] < '0' || p[1] > '9') return false;
            prev_digit = false;
        } else {
            break;
        }
    }
    if (p < end && *p == '.') {
        *o++ = *p++;
        prev_digit = false;
        bool first = true;
        for (; p < end; p++) {
            char c = *p;
            if (c >= '0' && c <= '9') {
                *o++ = c;
                mant_digits++;
                prev_digit = true;
                first = false;
            } else if (c == '_') {
                if (first || !prev_digit || p + 1 >= end || p[1] < '0' || p[1] > '9') return false;
                prev_digit = false;
            } else {
                break;
            }
        }
    }
    if (mant_digits == 0) return false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        *o++ = *p++;
        if (p < end && (*p == '+' || *p == '-')) *o++ = *p++;
        int exp_digits = 0;
        for (; p < end; p++) {
            char c = *p;
            if (c >= '0' && c <= '9') {
                *o++ = c;
                exp_digits++;
                prev_digit = true;
            } else if (c == '_') {
                if (!exp_digits || p + 1 >= end || p[1] < '0' || p[1] > '9') return false;
            } else {
                break;
            }
        }
        if (!exp_digits) return false;
    }
    *o = 0;
    return p == end;
}

MoltValue molt_float_from_str(MoltValue s) {
    const char *p = molt_str_utf8(s), *end = p + molt_str_nbytes(s);
    while (p < end && is_space((unsigned char)*p)) p++;
    while (end > p && is_space((unsigned char)end[-1])) end--;
    char small[64];
    char *buf = (size_t)(end - p) < sizeof small ? small : malloc((size_t)(end - p) + 1);
    if (!buf) return molt_err_no_memory();
    bool ok = p < end && valid_float_text(p, end, buf);
    double d = ok ? strtod(buf, NULL) : 0;
    if (buf != small) free(buf);
    if (!ok) return molt_err_format(&molt_ValueError, "could not convert string to float: %R", s);
    return molt_float_new(d);
}

/* ------------------------------------------------------------ round */

/* Rounds x to ndigits decimal places (ndigits may be negative), half to even on the exact value. */
MoltValue molt_float_round_digits(double x, int64_t ndigits) {
    if (!isfinite(x) || x == 0) return molt_float_new(x);
    if (ndigits > 323) return molt_float_new(x);
    if (ndigits < -308) return molt_float_new(0.0 * x);
    char *buf;
    double r;
    if (ndigits >= 0) {
        /* printf rounds the exact binary value correctly, ties to even. */
        int n = snprintf(NULL, 0, "%.*f", (int)ndigits, x);
        buf = malloc((size_t)n + 1);
        if (!buf) return molt_err_no_memory();
        snprintf(buf, (size_t)n + 1, "%.*f", (int)ndigits, x);
        r = strtod(buf, NULL);
        free(buf);
    } else {
        double ip = trunc(x), frac = x - ip;
        int n = snprintf(NULL, 0, "%.0f", fabs(ip));
        buf = malloc((size_t)n + 2);
        if (!buf) return molt_err_no_memory();
        snprintf(buf + 1, (size_t)n + 1, "%.0f", fabs(ip));
        buf[0] = '0'; /* room for a carry */
        int k = (int)-ndigits;
        int len = n + 1;
        if (k >= len) {
            free(buf);
            return molt_float_new(0.0 * x);
        }
        int cut = len - k;
        /* Compare the dropped part with one half of 10^k. */
        int cmp = buf[cut] > '5' ? 1 : buf[cut] < '5' ? -1 : 0;
        for (int i = cut + 1; i < len && cmp == 0; i++)
            if (buf[i] != '0') cmp = 1;
        if (cmp == 0 && frac != 0) cmp = 1;
        bool up = cmp > 0 || (cmp == 0 && ((buf[cut - 1] - '0') & 1));
        for (int i = cut; i < len; i++) buf[i] = '0';
        if (up) {
            int i = cut - 1;
            while (buf[i] == '9') buf[i--] = '0';
            buf[i]++;
        }
        r = strtod(buf, NULL);
        if (x < 0) r = -r;
        free(buf);
    }
    if (isinf(r)) return molt_err_set_str(&molt_OverflowError, "rounded value too large to represent");
    if (r == 0) r = copysign(0.0, x);
    return molt_float_new(r);
}

MoltValue molt_float_round(double d, MoltValue ndigits) {
    if (!ndigits || ndigits == molt_None) {
        double r = round(d);
        if (fabs(d - r) == 0.5) r = 2.0 * round(d / 2.0);
        return molt_int_from_double(r);
    }
    MoltValue i = molt_index(ndigits);
    if (!i) return MOLT_ERR;
    int64_t n;
    if (!molt_int_as_i64(i, &n)) n = molt_int_sign(i) > 0 ? INT64_MAX : INT64_MIN;
    return molt_float_round_digits(d, n);
}
