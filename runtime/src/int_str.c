/*
 * int <-> text: decimal and power-of-two bases, int(x, base) parsing with CPython's rules
 * (whitespace, sign, underscores, base prefixes, the 4300-digit limit of Python 3.12),
 * int(x) for any x, __index__, and the int type's methods.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigint_mag.h"
#include "molt/bytes.h"
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/function.h"
#include "molt/int.h"
#include "molt/sbuf.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

#define MAX_STR_DIGITS 4300

static MoltValue norm(MoltValue v) {
    if (v == molt_True) return molt_small(1);
    if (v == molt_False) return molt_small(0);
    return v;
}

/* Decimal digits of |v| (and a leading '-') into a malloc'd C string; NULL with an exception pending. */
char *molt_int_to_cstr(MoltValue v) {
    v = norm(v);
    if (molt_is_small(v)) {
        char *buf = malloc(24);
        if (!buf) { molt_err_no_memory(); return NULL; }
        int64_t i = molt_small_value(v);
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        char tmp[24];
        int n = 0;
        do {
            tmp[n++] = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        int k = 0;
        if (i < 0) buf[k++] = '-';
        while (n) buf[k++] = tmp[--n];
        buf[k] = 0;
        return buf;
    }
    Num x;
    molt_num_view(v, &x);
    /* log10(2^32) < 9.64: each digit gives at most 10 decimal digits. */
    int64_t maxdec = x.n * 10 + 2;
    if (maxdec / 10 * 32 * 3 / 10 > MAX_STR_DIGITS * 2) {
        /* Surely over the limit: don't spend quadratic time finding out. */
        molt_err_set_str(&molt_ValueError, "Exceeds the limit (4300 digits) for integer string conversion; "
                                           "use sys.set_int_max_str_digits() to increase the limit");
        return NULL;
    }
    uint32_t *work = molt_mag_alloc(x.n);
    uint32_t *chunks = molt_mag_alloc(x.n * 10 / 9 + 2);
    char *buf = malloc((size_t)maxdec + 2);
    if (!work || !chunks || !buf) {
        free(work); free(chunks); free(buf);
        if (!molt_err_occurred()) molt_err_no_memory();
        return NULL;
    }
    memcpy(work, x.d, (size_t)x.n * sizeof(uint32_t));
    int64_t wn = x.n, nchunks = 0;
    while (wn > 0) {
        chunks[nchunks++] = molt_mag_divrem1(work, wn, 1000000000u, work);
        wn = molt_mag_strip(work, wn);
    }
    int64_t k = 0;
    if (x.sign < 0) buf[k++] = '-';
    k += sprintf(buf + k, "%u", chunks[nchunks - 1]);
    for (int64_t i = nchunks - 2; i >= 0; i--) k += sprintf(buf + k, "%09u", chunks[i]);
    free(work);
    free(chunks);
    if (k - (x.sign < 0) > MAX_STR_DIGITS) {
        free(buf);
        molt_err_set_str(&molt_ValueError, "Exceeds the limit (4300 digits) for integer string conversion; "
                                           "use sys.set_int_max_str_digits() to increase the limit");
        return NULL;
    }
    return buf;
}

MoltValue molt_int_to_str(MoltValue v) {
    v = norm(v);
    if (molt_is_small(v)) {
        char buf[24];
        int64_t i = molt_small_value(v);
        if (i >= 0 && i < 10) {
            buf[0] = (char)('0' + i);
            buf[1] = 0;
            return molt_str_from_utf8_len(buf, 1, 1);
        }
        uint64_t m = i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i;
        char *p = buf + sizeof buf;
        do {
            *--p = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        if (i < 0) *--p = '-';
        int64_t n = (int64_t)(buf + sizeof buf - p);
        return molt_str_from_utf8_len(p, n, n);
    }
    char *s = molt_int_to_cstr(v);
    if (!s) return MOLT_ERR;
    int64_t n = (int64_t)strlen(s);
    MoltValue r = molt_str_from_utf8_len(s, n, n);
    free(s);
    return r;
}

MoltValue molt_int_to_base(MoltValue v, int base) {
    if (base == 10) return molt_int_to_str(v);
    v = norm(v);
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    Num x;
    molt_num_view(v, &x);
    int64_t nbits = molt_mag_bits(x.d, x.n);
    int64_t ndig = nbits ? (nbits + bits - 1) / bits : 1;
    char *buf = malloc((size_t)ndig + 4);
    if (!buf) return molt_err_no_memory();
    int64_t k = 0;
    if (x.sign < 0) buf[k++] = '-';
    buf[k++] = '0';
    buf[k++] = base == 2 ? 'b' : base == 8 ? 'o' : 'x';
    for (int64_t i = ndig - 1; i >= 0; i--) {
        int64_t bit = i * bits;
        unsigned d = 0;
        for (int j = bits - 1; j >= 0; j--) {
            int64_t b = bit + j;
            unsigned one = b / 32 < x.n ? (x.d[b / 32] >> (b % 32)) & 1 : 0;
            d = (d << 1) | one;
        }
        buf[k++] = "0123456789abcdef"[d];
    }
    MoltValue r = molt_str_from_utf8_len(buf, k, k);
    free(buf);
    return r;
}

/* ------------------------------------------------------------ parsing */

static int digit_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static bool is_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f); }

/* Parses s[0..n) (ASCII digits; no whitespace or sign) in `base`, underscores already validated. */
static MoltValue parse_digits(const char *s, int64_t n, int base, bool negative) {
    uint64_t acc = 0;
    int64_t i = 0;
    bool fits = true;
    for (; i < n; i++) {
        if (s[i] == '_') continue;
        unsigned d = (unsigned)digit_value((unsigned char)s[i]);
        if (acc > (UINT64_MAX - d) / (unsigned)base) {
            fits = false;
            break;
        }
        acc = acc * (unsigned)base + d;
    }
    if (fits) {
        if (!negative) return molt_int_from_u64(acc);
        if (acc <= (uint64_t)INT64_MAX) return molt_int_from_i64(-(int64_t)acc);
    }
    /* Wide: multiply-add in chunks that fit a digit. */
    uint32_t chunk_mul = 1;
    int chunk_len = 0;
    while ((uint64_t)chunk_mul * (unsigned)base <= 0xffffffffu) {
        chunk_mul *= (uint32_t)base;
        chunk_len++;
    }
    int64_t cap = n / chunk_len + 2;
    uint32_t *mag = molt_mag_alloc(cap);
    if (!mag) return MOLT_ERR;
    int64_t mn = 0;
    uint32_t cur = 0, mul = 1;
    int in_chunk = 0;
    for (i = 0; i <= n; i++) {
        bool flush = i == n;
        if (!flush) {
            if (s[i] == '_') continue;
            cur = cur * (uint32_t)base + (uint32_t)digit_value((unsigned char)s[i]);
            mul *= (uint32_t)base;
            in_chunk++;
            flush = in_chunk == chunk_len;
        }
        if (flush && in_chunk) {
            uint64_t carry = cur;
            for (int64_t k = 0; k < mn; k++) {
                carry += (uint64_t)mag[k] * mul;
                mag[k] = (uint32_t)carry;
                carry >>= 32;
            }
            if (carry) mag[mn++] = (uint32_t)carry;
            cur = 0;
            mul = 1;
            in_chunk = 0;
        }
    }
    MoltValue r = molt_int_from_mag(negative ? -1 : 1, mag, mn);
    free(mag);
    return r;
}

static MoltValue invalid_literal(int base, MoltValue orig, const char *s, int64_t n) {
    if (!orig) {
        orig = molt_str_from_utf8(s, n);
        if (!orig) {
            molt_err_clear();
            return molt_err_format(&molt_ValueError, "invalid literal for int() with base %d", base);
        }
    }
    return molt_err_format(&molt_ValueError, "invalid literal for int() with base %d: %R", base, orig);
}

static MoltValue from_text(const char *s, int64_t n, int base, MoltValue orig) {
    if (base != 0 && (base < 2 || base > 36))
        return molt_err_set_str(&molt_ValueError, "int() base must be >= 2 and <= 36, or 0");
    int given_base = base;
    const char *p = s, *end = s + n;
    while (p < end && is_space((unsigned char)*p)) p++;
    while (end > p && is_space((unsigned char)end[-1])) end--;
    bool negative = false;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    bool had_prefix = false;
    if (end - p >= 2 && p[0] == '0') {
        char c = (char)(p[1] | 0x20);
        int pb = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            p += 2;
            had_prefix = true;
        }
    }
    if (base == 0) base = 10;
    /* Digits with single underscores between them (one may follow a base prefix). */
    const char *digits = p;
    int64_t count = 0;
    bool ok = p < end, prev_us = !had_prefix;
    bool all_zero = true;
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (prev_us) { ok = false; break; }
            prev_us = true;
            continue;
        }
        if (digit_value((unsigned char)*q) >= base) { ok = false; break; }
        if (*q != '0') all_zero = false;
        prev_us = false;
        count++;
    }
    if (prev_us || count == 0) ok = false;
    /* Base 0 forbids leading zeros in a non-zero decimal ("010"). */
    if (ok && given_base == 0 && !had_prefix && digits[0] == '0' && !all_zero) ok = false;
    if (!ok) return invalid_literal(given_base, orig, s, n);
    if (count > MAX_STR_DIGITS && (base & (base - 1)) != 0)
        return molt_err_format(&molt_ValueError,
                               "Exceeds the limit (4300 digits) for integer string conversion: value has %lld "
                               "digits; use sys.set_int_max_str_digits() to increase the limit",
                               (long long)count);
    return parse_digits(digits, end - digits, base, negative);
}

MoltValue molt_int_from_cstr(const char *s, int64_t n, int base) { return from_text(s, n, base, MOLT_ERR); }

MoltValue molt_int_from_str(MoltValue s, int base) {
    return from_text(molt_str_utf8(s), molt_str_nbytes(s), base, s);
}

MoltValue molt_index(MoltValue x) {
    if (molt_is_int_like(x)) return norm(x);
    MoltType *t = molt_type_of(x);
    if (t->to_index) return t->to_index(x);
    return molt_err_format(&molt_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
}

int molt_index_i64(MoltValue x, int64_t *out) {
    MoltValue i = molt_index(x);
    if (!i) return -1;
    if (molt_int_as_i64(i, out)) return 0;
    molt_err_format(&molt_OverflowError, "cannot fit '%T' into an index-sized integer", x);
    return -1;
}

int64_t molt_index_as_i64(MoltValue x) {
    int64_t out;
    return molt_index_i64(x, &out) < 0 ? -1 : out;
}

MoltValue molt_int_from_any(MoltValue x) {
    if (molt_is_int_like(x)) return norm(x);
    MoltType *t = molt_type_of(x);
    if (t == &molt_float_type) return molt_int_from_double(molt_float_value(x));
    if (t == &molt_str_type) return molt_int_from_str(x, 10);
    if (t == &molt_bytes_type || t == &molt_bytearray_type) {
        const char *data = t == &molt_bytes_type ? (const char *)molt_bytes_obj(x)->data
                                                 : (const char *)molt_bytearray_obj(x)->data;
        int64_t n = t == &molt_bytes_type ? molt_bytes_obj(x)->size : molt_bytearray_obj(x)->size;
        MoltValue r = from_text(data ? data : "", n, 10, MOLT_ERR);
        if (!r && molt_err_matches(&molt_ValueError)) {
            molt_err_clear();
            return molt_err_format(&molt_ValueError, "invalid literal for int() with base 10: %R", x);
        }
        return r;
    }
    MoltValue f = molt_lookup_special(x, "__int__");
    if (f) {
        MoltValue r = molt_call_with_self(f, x, NULL, 0, MOLT_ERR);
        if (r && !molt_is_int_like(r))
            return molt_err_format(&molt_TypeError, "__int__ returned non-int (type %T)", r);
        return r;
    }
    if (t->to_index) return t->to_index(x);
    f = molt_lookup_special(x, "__trunc__");
    if (f) return molt_call_with_self(f, x, NULL, 0, MOLT_ERR);
    return molt_err_format(&molt_TypeError,
                           "int() argument must be a string, a bytes-like object or a real number, not '%s'", t->name);
}

/* ------------------------------------------------------------ methods */

/* int(x=0, base=10) */
static MoltValue int_new(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    MoltValue x = MOLT_ERR, base = MOLT_ERR;
    int64_t nkw = molt_kwnames_count(kwnames);
    if (nargs > 3) return molt_err_format(&molt_TypeError, "int() takes at most 2 arguments (%d given)", (int)(nargs - 1));
    if (nargs > 1) x = args[1];
    if (nargs > 2) base = args[2];
    for (int64_t i = 0; i < nkw; i++) {
        MoltValue name = molt_tuple_items(kwnames)[i];
        if (molt_str_eq_cstr(name, "base")) base = args[nargs + i];
        else return molt_err_format(&molt_TypeError, "'%S' is an invalid keyword argument for int()", name);
    }
    if (!x) {
        if (base) return molt_err_set_str(&molt_TypeError, "int() missing string argument");
        return molt_small(0);
    }
    if (!base) return molt_int_from_any(x);
    int64_t b;
    if (molt_index_i64(base, &b) < 0) return MOLT_ERR;
    if (b != 0 && (b < 2 || b > 36)) return molt_err_set_str(&molt_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (molt_is_str(x)) return molt_int_from_str(x, (int)b);
    if (molt_is_bytes(x)) return from_text((const char *)molt_bytes_obj(x)->data, molt_bytes_obj(x)->size, (int)b, MOLT_ERR);
    return molt_err_set_str(&molt_TypeError, "int() can't convert non-string with explicit base");
}

static MoltValue int_bit_length_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    if (nargs != 1) return molt_err_format(&molt_TypeError, "int.bit_length() takes no arguments (%d given)", (int)(nargs - 1));
    return molt_small(molt_int_bit_length(args[0]));
}

static MoltValue int_bit_count_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    if (nargs != 1) return molt_err_format(&molt_TypeError, "int.bit_count() takes no arguments (%d given)", (int)(nargs - 1));
    Num x;
    molt_num_view(norm(args[0]), &x);
    int64_t c = 0;
    for (int64_t i = 0; i < x.n; i++) c += __builtin_popcount(x.d[i]);
    return molt_small(c);
}

static MoltValue int_conjugate_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    (void)nargs;
    return norm(args[0]);
}

static MoltValue int_is_integer_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    (void)nargs;
    (void)args;
    return molt_True;
}

static MoltValue int_zero_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    (void)nargs;
    (void)args;
    return molt_small(0);
}

static MoltValue int_one_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)kwnames;
    (void)nargs;
    (void)args;
    return molt_small(1);
}

/* x.real, x.imag, x.numerator, x.denominator as read-only properties. */
static void add_property(const char *name, molt_call_fn getter) {
    MoltValue g = molt_builtin_new(name, getter);
    MOLT_ROOTS1(g);
    MoltValue p = g ? molt_property_new(g, MOLT_ERR, MOLT_ERR) : MOLT_ERR;
    if (p) molt_type_set_attr_cstr(&molt_int_type, name, p);
    MOLT_UNROOT();
}

void molt_int_init(void) {
    molt_type_ready(&molt_int_type);
    molt_type_add_method(&molt_int_type, "__new__", int_new);
    molt_type_add_method(&molt_int_type, "bit_length", int_bit_length_m);
    molt_type_add_method(&molt_int_type, "bit_count", int_bit_count_m);
    molt_type_add_method(&molt_int_type, "conjugate", int_conjugate_m);
    molt_type_add_method(&molt_int_type, "is_integer", int_is_integer_m);
    molt_type_add_method(&molt_int_type, "__index__", int_conjugate_m);
    molt_type_add_method(&molt_int_type, "__int__", int_conjugate_m);
    add_property("real", int_conjugate_m);
    add_property("numerator", int_conjugate_m);
    add_property("imag", int_zero_m);
    add_property("denominator", int_one_m);
    molt_int_methods_init();
}
