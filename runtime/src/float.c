/*
 * float: boxing, arithmetic with CPython's error messages and sign rules (floor division, modulo,
 * divmod, pow), exact comparison with ints of any size, and the type's slots and methods.
 */
#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "bigint_mag.h"
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/function.h"
#include "molt/int.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

int64_t molt_object_hash(MoltValue v);
MoltValue molt_float_round_digits(double x, int64_t ndigits);

MoltValue molt_float_new(double d) {
    MoltValue v = molt_gc_alloc(&molt_float_type, sizeof(MoltFloat));
    if (v) ((MoltFloat *)molt_obj(v))->value = d;
    return v;
}

int molt_float_as_double(MoltValue x, double *out) {
    if (molt_is_float(x)) {
        *out = molt_float_value(x);
        return 0;
    }
    if (molt_is_int_like(x)) return molt_int_to_double(x, out);
    MoltType *t = molt_type_of(x);
    if (t->to_float) {
        MoltValue f = t->to_float(x);
        if (!f) return -1;
        *out = molt_float_value(f);
        return 0;
    }
    if (t->to_index) {
        MoltValue i = t->to_index(x);
        if (!i) return -1;
        return molt_int_to_double(i, out);
    }
    molt_err_format(&molt_TypeError, "must be real number, not %s", t->name);
    return -1;
}

MoltValue molt_float_from_any(MoltValue x) {
    if (molt_is_float(x)) return x;
    if (molt_is_str(x)) return molt_float_from_str(x);
    MoltType *t = molt_type_of(x);
    if (!molt_is_int_like(x) && !t->to_float && !t->to_index)
        return molt_err_format(&molt_TypeError, "float() argument must be a string or a real number, not '%s'",
                               t->name);
    double d;
    if (molt_float_as_double(x, &d) < 0) return MOLT_ERR;
    return molt_float_new(d);
}

/* ------------------------------------------------------------ arithmetic */

static MoltValue range_error(void) {
    MoltValue args[2] = {molt_small(34), MOLT_ERR};
    args[1] = molt_str_from_cstr("Numerical result out of range");
    if (!args[1]) return MOLT_ERR;
    MoltValue e = molt_exc_new(&molt_OverflowError, args, 2);
    return e ? molt_err_raise(e) : MOLT_ERR;
}

static bool is_odd_integer(double w) { return fmod(fabs(w), 2.0) == 1.0; }

static MoltValue float_pow(double iv, double iw) {
    if (iw == 0) return molt_float_new(1.0);
    if (isnan(iv)) return molt_float_new(iv == 1.0 ? 1.0 : iv);
    if (isnan(iw)) return molt_float_new(iv == 1.0 ? 1.0 : iw);
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) return molt_float_new(1.0);
        if ((iw > 0) == (iv > 1.0)) return molt_float_new(fabs(iw));
        return molt_float_new(0.0);
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0) return molt_float_new(odd ? iv : fabs(iv));
        return molt_float_new(odd ? copysign(0.0, iv) : 0.0);
    }
    if (iv == 0.0) {
        if (iw < 0) return molt_err_set_str(&molt_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return molt_float_new(is_odd_integer(iw) ? iv : 0.0);
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            /* A negative base to a fractional power is complex, as in CPython. */
            double len = pow(-iv, iw), phase = 3.14159265358979323846 * iw;
            if (isinf(len)) return molt_err_set_str(&molt_OverflowError, "complex exponentiation");
            return molt_complex_new(len * cos(phase), len * sin(phase));
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return molt_float_new(negate ? -1.0 : 1.0);
    double r = pow(iv, iw);
    if (isinf(r)) return range_error();
    return molt_float_new(negate ? -r : r);
}

MoltValue molt_float_binop(int op, double a, double b) {
    switch (op) {
    case MOLT_OP_ADD: return molt_float_new(a + b);
    case MOLT_OP_SUB: return molt_float_new(a - b);
    case MOLT_OP_MUL: return molt_float_new(a * b);
    case MOLT_OP_TRUEDIV:
        if (b == 0) return molt_err_set_str(&molt_ZeroDivisionError, "float division by zero");
        return molt_float_new(a / b);
    case MOLT_OP_MOD: {
        if (b == 0) return molt_err_set_str(&molt_ZeroDivisionError, "float modulo");
        double mod = fmod(a, b);
        if (mod) {
            if ((b < 0) != (mod < 0)) mod += b;
        } else {
            mod = copysign(0.0, b);
        }
        return molt_float_new(mod);
    }
    case MOLT_OP_FLOORDIV: {
        if (b == 0) return molt_err_set_str(&molt_ZeroDivisionError, "float floor division by zero");
        double mod = fmod(a, b), div = (a - mod) / b;
        if (mod && ((b < 0) != (mod < 0))) div -= 1.0;
        double fd;
        if (div) {
            fd = floor(div);
            if (div - fd > 0.5) fd += 1.0;
        } else {
            fd = copysign(0.0, a / b);
        }
        return molt_float_new(fd);
    }
    case MOLT_OP_POW: return float_pow(a, b);
    default: return molt_NotImplemented;
    }
}

static int operand(MoltValue v, double *out) {
    if (molt_is_float(v)) {
        *out = molt_float_value(v);
        return 1;
    }
    if (molt_is_int_like(v)) return molt_int_to_double(v, out) < 0 ? -1 : 1;
    return 0;
}

MoltValue molt_float_number(int op, MoltValue a, MoltValue b) {
    double x, y;
    int ra = operand(a, &x);
    if (ra <= 0) return ra < 0 ? MOLT_ERR : molt_NotImplemented;
    int rb = operand(b, &y);
    if (rb <= 0) return rb < 0 ? MOLT_ERR : molt_NotImplemented;
    return molt_float_binop(op, x, y);
}

static MoltValue float_divmod(double a, double b) {
    if (b == 0) return molt_err_set_str(&molt_ZeroDivisionError, "float divmod()");
    MoltValue q = molt_float_binop(MOLT_OP_FLOORDIV, a, b);
    if (!q) return MOLT_ERR;
    MOLT_ROOTS1(q);
    MoltValue r = molt_float_binop(MOLT_OP_MOD, a, b);
    MoltValue t = r ? molt_tuple_pack(2, q, r) : MOLT_ERR;
    MOLT_UNROOT();
    return t;
}

/* ------------------------------------------------------------ comparison */

int molt_float_int_cmp(double d, MoltValue i) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? 1 : -1;
    int64_t small;
    if (molt_int_as_i64(i, &small) && small > -((int64_t)1 << 53) && small < ((int64_t)1 << 53)) {
        double y = (double)small;
        return d < y ? -1 : d > y;
    }
    /* Compare integer parts exactly, then the fraction breaks a tie. */
    double ip = trunc(d);
    MOLT_ROOTS1(i);
    MoltValue di = molt_int_from_double(ip);
    MOLT_UNROOT();
    if (!di) {
        molt_err_clear();
        return 0;
    }
    int c = molt_int_cmp(di, i);
    if (c != 0) return c;
    double frac = d - ip;
    return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}

static MoltValue cmp_result(int c, int op) {
    if (c == 2) return molt_bool(op == MOLT_NE);
    switch (op) {
    case MOLT_LT: return molt_bool(c < 0);
    case MOLT_LE: return molt_bool(c <= 0);
    case MOLT_EQ: return molt_bool(c == 0);
    case MOLT_NE: return molt_bool(c != 0);
    case MOLT_GT: return molt_bool(c > 0);
    default: return molt_bool(c >= 0);
    }
}

static MoltValue float_richcmp(MoltValue a, MoltValue b, int op) {
    double x = molt_float_value(a);
    if (molt_is_float(b)) {
        double y = molt_float_value(b);
        switch (op) {
        case MOLT_LT: return molt_bool(x < y);
        case MOLT_LE: return molt_bool(x <= y);
        case MOLT_EQ: return molt_bool(x == y);
        case MOLT_NE: return molt_bool(x != y);
        case MOLT_GT: return molt_bool(x > y);
        default: return molt_bool(x >= y);
        }
    }
    if (molt_is_int_like(b)) return cmp_result(molt_float_int_cmp(x, b), op);
    return molt_NotImplemented;
}

/* ------------------------------------------------------------ slots */

#define FLOAT_BINOP(i)                                                                                       \
    static MoltValue float_op_##i(MoltValue a, MoltValue b) { return molt_float_number(i, a, b); }           \
    static MoltValue float_rop_##i(MoltValue b, MoltValue a) { return molt_float_number(i, a, b); }
FLOAT_BINOP(0) FLOAT_BINOP(1) FLOAT_BINOP(2) FLOAT_BINOP(4) FLOAT_BINOP(5) FLOAT_BINOP(6) FLOAT_BINOP(12)

static int64_t float_hash(MoltValue v) {
    double d = molt_float_value(v);
    if (isnan(d)) return molt_object_hash(v);
    return molt_double_hash(d);
}

static MoltValue float_bool(MoltValue v) { return molt_bool(molt_float_value(v) != 0); }
static MoltValue float_neg(MoltValue v) { return molt_float_new(-molt_float_value(v)); }
static MoltValue float_pos(MoltValue v) { return v; }
static MoltValue float_to_float(MoltValue v) { return v; }

MoltType molt_float_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "float",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE,
    .repr = molt_float_repr,
    .hash = float_hash,
    .richcmp = float_richcmp,
    .to_bool = float_bool,
    .number = {
        [MOLT_OP_ADD] = float_op_0, [MOLT_OP_SUB] = float_op_1, [MOLT_OP_MUL] = float_op_2,
        [MOLT_OP_TRUEDIV] = float_op_4, [MOLT_OP_MOD] = float_op_5, [MOLT_OP_POW] = float_op_6,
        [MOLT_OP_FLOORDIV] = float_op_12,
    },
    .number_reflected = {
        [MOLT_OP_ADD] = float_rop_0, [MOLT_OP_SUB] = float_rop_1, [MOLT_OP_MUL] = float_rop_2,
        [MOLT_OP_TRUEDIV] = float_rop_4, [MOLT_OP_MOD] = float_rop_5, [MOLT_OP_POW] = float_rop_6,
        [MOLT_OP_FLOORDIV] = float_rop_12,
    },
    .neg = float_neg,
    .pos = float_pos,
    .to_float = float_to_float,
};

/* ------------------------------------------------------------ methods */

#define NO_KW(name)                                                                  \
    if (molt_kwnames_count(kwnames) > 0)                                             \
        return molt_err_set_str(&molt_TypeError, name "() takes no keyword arguments")

static MoltValue float_new_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    NO_KW("float");
    if (nargs == 1) return molt_float_new(0.0);
    if (nargs > 2) return molt_err_format(&molt_TypeError, "float expected at most 1 argument, got %d", (int)(nargs - 1));
    return molt_float_from_any(args[1]);
}

static MoltValue float_is_integer_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)nargs;
    NO_KW("is_integer");
    double d = molt_float_value(args[0]);
    return molt_bool(isfinite(d) && d == floor(d));
}

static MoltValue float_round_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    NO_KW("__round__");
    return molt_float_round(molt_float_value(args[0]), nargs > 1 ? args[1] : MOLT_ERR);
}

static MoltValue float_divmod_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    NO_KW("__divmod__");
    double a, b;
    if (nargs != 2) return molt_err_set_str(&molt_TypeError, "expected 1 argument");
    int ra = operand(args[0], &a), rb = operand(args[1], &b);
    if (ra < 0 || rb < 0) return MOLT_ERR;
    if (!ra || !rb) return molt_NotImplemented;
    return float_divmod(a, b);
}

static MoltValue float_rdivmod_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    NO_KW("__rdivmod__");
    if (nargs != 2) return molt_err_set_str(&molt_TypeError, "expected 1 argument");
    MoltValue swapped[2] = {args[1], args[0]};
    return float_divmod_m(callee, swapped, 2, MOLT_ERR);
}

static MoltValue float_int_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)nargs;
    NO_KW("__int__");
    return molt_int_from_double(molt_float_value(args[0]));
}

static MoltValue float_as_integer_ratio_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)nargs;
    NO_KW("as_integer_ratio");
    double d = molt_float_value(args[0]);
    if (isinf(d)) return molt_err_set_str(&molt_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(d)) return molt_err_set_str(&molt_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(d, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    MoltValue num = molt_int_from_double(m), den = molt_small(1);
    if (!num) return MOLT_ERR;
    MOLT_ROOTS2(num, den);
    MoltValue r = MOLT_ERR;
    MoltValue sh = molt_small(e < 0 ? -e : e);
    if (e > 0) num = molt_int_lshift(num, sh);
    else den = molt_int_lshift(den, sh);
    if (num && den) r = molt_tuple_pack(2, num, den);
    MOLT_UNROOT();
    return r;
}

/* Returns the value: float.conjugate(), float.__float__(), __trunc__-like identities. */
static MoltValue float_self_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    (void)nargs;
    (void)kwnames;
    return args[0];
}

void molt_float_init(void) {
    molt_type_ready(&molt_float_type);
    molt_type_add_method(&molt_float_type, "__new__", float_new_m);
    molt_type_add_method(&molt_float_type, "is_integer", float_is_integer_m);
    molt_type_add_method(&molt_float_type, "__round__", float_round_m);
    molt_type_add_method(&molt_float_type, "__divmod__", float_divmod_m);
    molt_type_add_method(&molt_float_type, "__rdivmod__", float_rdivmod_m);
    molt_type_add_method(&molt_float_type, "__int__", float_int_m);
    molt_type_add_method(&molt_float_type, "__trunc__", float_int_m);
    molt_type_add_method(&molt_float_type, "as_integer_ratio", float_as_integer_ratio_m);
    molt_type_add_method(&molt_float_type, "conjugate", float_self_m);
    molt_type_add_method(&molt_float_type, "__float__", float_self_m);
    molt_float_hex_init();
}
