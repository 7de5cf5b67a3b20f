/* float.hex() and float.fromhex(): exact hexadecimal text of a double, both ways, as CPython 3.12
 * (Objects/floatobject.c) writes and reads it. */
#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/function.h"
#include "molt/method_args.h"
#include "molt/str.h"
#include "molt/type.h"

/* Always 13 fraction digits, no trimming: (0.5).hex() == '0x1.0000000000000p-1'. Subnormals keep a
 * leading 0 and the minimum exponent (5e-324 -> '0x0.0000000000001p-1022'). */
MoltValue molt_float_hex(double x) {
    if (!isfinite(x)) return molt_float_repr(molt_float_new(x));
    if (x == 0.0) return molt_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    int below = DBL_MIN_EXP - e;
    int shift = 1 - (below > 0 ? below : 0);
    m = ldexp(m, shift);
    e -= shift;
    char digits[20];
    int n = 0;
    digits[n++] = "0123456789abcdef"[(int)m];
    m -= (int)m;
    digits[n++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        digits[n++] = "0123456789abcdef"[(int)m];
        m -= (int)m;
    }
    digits[n] = 0;
    char out[48];
    snprintf(out, sizeof out, "%s0x%sp%c%d", x < 0 ? "-" : "", digits, e < 0 ? '-' : '+', e < 0 ? -e : e);
    return molt_str_from_cstr(out);
}

static int hex_digit(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool word_at(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) < n) return false;
    for (size_t i = 0; i < n; i++)
        if (tolower((unsigned char)p[i]) != word[i]) return false;
    return true;
}

static MoltValue invalid(void) {
    return molt_err_set_str(&molt_ValueError, "invalid hexadecimal floating-point string");
}

/* sign * m * 2**e correctly rounded (half to even), m's top bit set; `sticky` says bits below m were
 * non-zero. OverflowError past DBL_MAX. */
static MoltValue round_to_double(int sign, uint64_t m, int64_t e, bool sticky) {
    int64_t top = e + 63; /* value in [2**top, 2**(top+1)) */
    int64_t keep = top >= DBL_MIN_EXP - 1 ? DBL_MANT_DIG : top - (DBL_MIN_EXP - DBL_MANT_DIG) + 1;
    if (top > DBL_MAX_EXP + 1) goto overflow;
    if (keep < 0) return molt_float_new(sign < 0 ? -0.0 : 0.0);
    int drop = 64 - (int)keep; /* 11 for normal results, up to 64 for the smallest subnormals */
    uint64_t kept = drop >= 64 ? 0 : m >> drop;
    uint64_t rest = drop >= 64 ? m : m & ((((uint64_t)1) << drop) - 1);
    uint64_t half = ((uint64_t)1) << (drop - 1);
    if (rest > half || (rest == half && (sticky || (kept & 1)))) kept++;
    /* The unit of `kept` is 2**(e + drop); a carry into bit 53 is still exact for ldexp. */
    double r = ldexp((double)kept, (int)(e + drop));
    if (isinf(r)) goto overflow;
    return molt_float_new(sign < 0 ? -r : r);
overflow:
    return molt_err_set_str(&molt_OverflowError, "hexadecimal value too large to represent as a float");
}

/* [ws] [sign] (inf | infinity | nan | [0x] hexdigits [. hexdigits] [p [sign] decimal]) [ws] */
MoltValue molt_float_fromhex(MoltValue s) {
    const char *p = molt_str_utf8(s), *end = p + molt_str_nbytes(s);
    while (p < end && isspace((unsigned char)*p)) p++;
    while (end > p && isspace((unsigned char)end[-1])) end--;
    int sign = 1;
    if (p < end && (*p == '-' || *p == '+')) sign = *p++ == '-' ? -1 : 1;
    if (word_at(p, end, "infinity") && end - p == 8) return molt_float_new(sign * INFINITY);
    if (word_at(p, end, "inf") && end - p == 3) return molt_float_new(sign * INFINITY);
    if (word_at(p, end, "nan") && end - p == 3) return molt_float_new(NAN);
    if (end - p >= 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) p += 2;
    /* The first 16 significant digits make a 64-bit mantissa; later non-zero digits only set `sticky`. */
    uint64_t m = 0;
    int used = 0;
    bool sticky = false, any = false, dot = false;
    int64_t e = 0; /* value = m * 2**e before the p exponent */
    for (; p < end; p++) {
        if (*p == '.' && !dot) {
            dot = true;
            continue;
        }
        int d = hex_digit((unsigned char)*p);
        if (d < 0) break;
        any = true;
        if (used < 16 && (used > 0 || d != 0)) {
            m = m << 4 | (uint64_t)d;
            used++;
            if (dot) e -= 4;
        } else if (used >= 16) {
            sticky |= d != 0;
            if (!dot) e += 4;
        } else if (dot) {
            e -= 4; /* a leading zero after the point */
        }
    }
    if (!any) return invalid();
    if (p < end && (*p == 'p' || *p == 'P')) {
        p++;
        int esign = 1;
        if (p < end && (*p == '-' || *p == '+')) esign = *p++ == '-' ? -1 : 1;
        if (p == end || !isdigit((unsigned char)*p)) return invalid();
        int64_t pe = 0;
        for (; p < end && isdigit((unsigned char)*p); p++)
            if (pe < ((int64_t)1 << 40)) pe = pe * 10 + (*p - '0'); /* beyond this only the sign matters */
        e += esign * pe;
    }
    if (p != end) return invalid();
    if (m == 0) return molt_float_new(sign < 0 ? -0.0 : 0.0);
    int lz = __builtin_clzll(m);
    return round_to_double(sign, m << lz, e - lz, sticky);
}

static MoltValue float_hex_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (nargs < 1 || !molt_arg_self(args[0], &molt_float_type, "hex")) return MOLT_ERR;
    if (molt_method_args("hex", args, nargs, kwnames, NULL, 0, 0, NULL) < 0) return MOLT_ERR;
    return molt_float_hex(molt_float_value(args[0]));
}

/* Class method: args[0] is the class. */
static MoltValue float_fromhex_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    MoltValue a[1];
    if (molt_method_args("fromhex", args, nargs, kwnames, NULL, 1, 1, a) < 0) return MOLT_ERR;
    if (!molt_is_str(a[0])) return molt_err_format(&molt_TypeError, "must be str, not %T", a[0]);
    return molt_float_fromhex(a[0]);
}

int molt_float_hex_init(void) {
    if (molt_type_add_method(&molt_float_type, "hex", float_hex_m) < 0) return -1;
    MoltValue f = molt_builtin_new("fromhex", float_fromhex_m);
    MoltValue cm = f ? molt_classmethod_new(f) : MOLT_ERR;
    return cm ? molt_type_set_attr_cstr(&molt_float_type, "fromhex", cm) : -1;
}
