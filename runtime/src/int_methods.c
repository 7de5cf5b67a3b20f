/* int.to_bytes, int.from_bytes and int.as_integer_ratio with CPython 3.12's defaults and messages
 * (length=1, byteorder='big', signed=False keyword-only). Two's complement over the magnitude. */
#include <stdlib.h>
#include <string.h>

#include "bigint_mag.h"
#include "molt/bytes.h"
#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/int.h"
#include "molt/method_args.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

/* Byte i (little-endian) of a magnitude of 32-bit digits; 0 past its end. */
static unsigned mag_byte(const Num *x, int64_t i) {
    int64_t d = i / 4;
    return d < x->n ? (x->d[d] >> (8 * (i % 4))) & 0xff : 0;
}

/* Negates a little-endian two's complement number of n bytes in place. */
static void negate(unsigned char *b, int64_t n) {
    unsigned carry = 1;
    for (int64_t i = 0; i < n; i++) {
        unsigned v = (unsigned)(unsigned char)~b[i] + carry;
        b[i] = (unsigned char)v;
        carry = v >> 8;
    }
}

MoltValue molt_int_to_bytes(MoltValue v, int64_t length, bool little, bool is_signed) {
    if (molt_int_sign(v) < 0 && !is_signed)
        return molt_err_set_str(&molt_OverflowError, "can't convert negative int to unsigned");
    MOLT_ROOTS1(v);
    MoltValue r = molt_bytes_alloc(length);
    MOLT_UNROOT();
    if (!r) return MOLT_ERR;
    Num x;
    molt_num_view(v, &x); /* after the allocation: the view borrows v's digits */
    unsigned char *out = molt_bytes_obj(r)->data;
    for (int64_t i = 0; i < length; i++) out[i] = (unsigned char)mag_byte(&x, i);
    bool fits = true;
    for (int64_t i = length; i < 4 * x.n; i++)
        if (mag_byte(&x, i)) fits = false;
    if (x.sign < 0) negate(out, length);
    /* A signed result must read back with the same sign: its top bit is the sign bit. */
    if (fits && is_signed && x.sign != 0) fits = length > 0 && (out[length - 1] >> 7) == (x.sign < 0);
    if (!fits) return molt_err_set_str(&molt_OverflowError, "int too big to convert");
    if (!little)
        for (int64_t i = 0; i < length / 2; i++) {
            unsigned char t = out[i];
            out[i] = out[length - 1 - i];
            out[length - 1 - i] = t;
        }
    return r;
}

MoltValue molt_int_from_bytes(const unsigned char *data, int64_t n, bool little, bool is_signed) {
    int64_t nd = (n + 3) / 4;
    unsigned char *le = malloc((size_t)(4 * nd + 1));
    uint32_t *d = molt_mag_alloc(nd + 1);
    if (!le || !d) {
        free(le);
        free(d);
        return d ? molt_err_no_memory() : MOLT_ERR;
    }
    for (int64_t i = 0; i < n; i++) le[i] = data[little ? i : n - 1 - i];
    bool negative = is_signed && n > 0 && (le[n - 1] & 0x80);
    if (negative) negate(le, n);
    for (int64_t i = n; i < 4 * nd; i++) le[i] = 0;
    for (int64_t i = 0; i < nd; i++)
        d[i] = (uint32_t)le[4 * i] | (uint32_t)le[4 * i + 1] << 8 | (uint32_t)le[4 * i + 2] << 16 | (uint32_t)le[4 * i + 3] << 24;
    /* -2**(8n-1) negates to itself: its magnitude is the unsigned reading, which is right. */
    MoltValue r = molt_int_from_mag(negative ? -1 : 1, d, molt_mag_strip(d, nd));
    free(le);
    free(d);
    return r;
}

/* byteorder: 'little' -> true, 'big' -> false; -1 with CPython's errors otherwise. */
static int byteorder(const char *fname, MoltValue v) {
    if (!v) return 0;
    if (!molt_is_str(v)) {
        molt_err_format(&molt_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, v);
        return -1;
    }
    if (molt_str_eq_cstr(v, "little")) return 1;
    if (molt_str_eq_cstr(v, "big")) return 0;
    molt_err_set_str(&molt_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* Parses (a, byteorder, *, signed) of to_bytes/from_bytes: `signed` may only be given by name. */
static bool parse(const char *fname, const MoltValue *args, int64_t nargs, MoltValue kwnames, const char *first,
                  MoltValue *a, int *little, int *is_signed) {
    const char *const names[] = {first, "byteorder", "signed"};
    if (nargs - 1 > 2) {
        molt_err_format(&molt_TypeError, "%s() takes at most 2 positional arguments (%lld given)", fname,
                        (long long)(nargs - 1));
        return false;
    }
    if (molt_method_args(fname, args, nargs, kwnames, names, 0, 3, a) < 0) return false;
    *little = byteorder(fname, a[1]);
    *is_signed = a[2] ? molt_truthy(a[2]) : 0;
    return *little >= 0 && *is_signed >= 0;
}

static MoltValue int_to_bytes_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (nargs < 1 || !molt_arg_self(args[0], &molt_int_type, "to_bytes")) return MOLT_ERR;
    MoltValue a[3];
    int little, is_signed;
    if (!parse("to_bytes", args, nargs, kwnames, "length", a, &little, &is_signed)) return MOLT_ERR;
    int64_t length = 1;
    if (a[0] && molt_index_i64(a[0], &length) < 0) return MOLT_ERR;
    if (length < 0) return molt_err_set_str(&molt_ValueError, "length argument must be non-negative");
    return molt_int_to_bytes(args[0], length, little, is_signed);
}

/* Class method: args[0] is the class. Anything bytes() accepts is read (a list of ints, ...). */
static MoltValue int_from_bytes_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    MoltValue a[3];
    int little, is_signed;
    if (!parse("from_bytes", args, nargs, kwnames, "bytes", a, &little, &is_signed)) return MOLT_ERR;
    if (!a[0]) return molt_err_set_str(&molt_TypeError, "from_bytes() missing required argument 'bytes' (pos 1)");
    const unsigned char *d;
    int64_t n;
    MoltValue b = a[0];
    if (!molt_bytes_view(b, &d, &n)) {
        if (molt_is_str(b)) return molt_err_set_str(&molt_TypeError, "cannot convert 'str' object to bytes");
        b = molt_bytes_from_object(b);
        if (!b) return MOLT_ERR;
        molt_bytes_view(b, &d, &n);
    }
    return molt_int_from_bytes(d, n, little, is_signed);
}

static MoltValue int_as_integer_ratio_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (nargs < 1 || !molt_arg_self(args[0], &molt_int_type, "as_integer_ratio")) return MOLT_ERR;
    if (molt_method_args("as_integer_ratio", args, nargs, kwnames, NULL, 0, 0, NULL) < 0) return MOLT_ERR;
    MoltValue v = args[0];
    if (!molt_is_int(v)) v = molt_small(v == molt_True); /* bool: (1, 1) or (0, 1) */
    return molt_tuple_pack(2, v, molt_small(1));
}

int molt_int_methods_init(void) {
    if (molt_type_add_method(&molt_int_type, "to_bytes", int_to_bytes_m) < 0 ||
        molt_type_add_method(&molt_int_type, "as_integer_ratio", int_as_integer_ratio_m) < 0)
        return -1;
    MoltValue f = molt_builtin_new("from_bytes", int_from_bytes_m);
    MoltValue cm = f ? molt_classmethod_new(f) : MOLT_ERR;
    return cm ? molt_type_set_attr_cstr(&molt_int_type, "from_bytes", cm) : -1;
}
