/* complex: enough for literals, repr, equality, hashing and the basic arithmetic. */
#include <math.h>
#include <string.h>

#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/function.h"
#include "molt/type.h"
#include "molt/int.h"
#include "molt/sbuf.h"
#include "molt/str.h"

MoltValue molt_complex_new(double real, double imag) {
    MoltValue v = molt_gc_alloc(&molt_complex_type, sizeof(MoltComplex));
    if (v) {
        ((MoltComplex *)molt_obj(v))->real = real;
        ((MoltComplex *)molt_obj(v))->imag = imag;
    }
    return v;
}

static MoltComplex *cx(MoltValue v) { return (MoltComplex *)molt_obj(v); }

/* repr of a part: like float's but without a trailing ".0" (1j, (1+2.5j)). */
static void put_part(MoltSBuf *b, double d, bool force_sign) {
    char buf[40];
    int n = molt_double_repr(d, buf);
    if (n > 2 && strcmp(buf + n - 2, ".0") == 0) buf[n -= 2] = 0;
    if (force_sign && buf[0] != '-') molt_sbuf_putc(b, '+');
    molt_sbuf_puts(b, buf);
}

static MoltValue complex_repr(MoltValue v) {
    MoltSBuf b;
    molt_sbuf_init(&b);
    double re = cx(v)->real, im = cx(v)->imag;
    if (re == 0 && !signbit(re)) {
        put_part(&b, im, false);
        molt_sbuf_putc(&b, 'j');
    } else {
        molt_sbuf_putc(&b, '(');
        put_part(&b, re, false);
        put_part(&b, im, true);
        molt_sbuf_puts(&b, "j)");
    }
    return molt_sbuf_finish(&b);
}

static int64_t complex_hash(MoltValue v) {
    uint64_t h = (uint64_t)molt_double_hash(cx(v)->real) + 1000003u * (uint64_t)molt_double_hash(cx(v)->imag);
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

/* Operand as a complex number: 1 on success, 0 if not a number, -1 on error. */
static int as_complex(MoltValue v, double *re, double *im) {
    if (molt_type_of(v) == &molt_complex_type) {
        *re = cx(v)->real;
        *im = cx(v)->imag;
        return 1;
    }
    *im = 0;
    if (molt_is_float(v)) {
        *re = molt_float_value(v);
        return 1;
    }
    if (molt_is_int_like(v)) return molt_int_to_double(v, re) < 0 ? -1 : 1;
    return 0;
}

static MoltValue complex_arith(int op, MoltValue a, MoltValue b) {
    double ar, ai, br, bi;
    int ra = as_complex(a, &ar, &ai), rb = ra > 0 ? as_complex(b, &br, &bi) : 0;
    if (ra < 0 || rb < 0) return MOLT_ERR;
    if (!ra || !rb) return molt_NotImplemented;
    switch (op) {
    case MOLT_OP_ADD: return molt_complex_new(ar + br, ai + bi);
    case MOLT_OP_SUB: return molt_complex_new(ar - br, ai - bi);
    case MOLT_OP_MUL: return molt_complex_new(ar * br - ai * bi, ar * bi + ai * br);
    case MOLT_OP_TRUEDIV: {
        if (br == 0 && bi == 0) return molt_err_set_str(&molt_ZeroDivisionError, "complex division by zero");
        /* Smith's algorithm, as CPython's _Py_c_quot. */
        double abs_br = fabs(br), abs_bi = fabs(bi);
        if (abs_br >= abs_bi) {
            double ratio = bi / br, denom = br + bi * ratio;
            return molt_complex_new((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
        }
        double ratio = br / bi, denom = br * ratio + bi;
        return molt_complex_new((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
    }
    default: return molt_NotImplemented;
    }
}

#define CX_OP(i)                                                                                  \
    static MoltValue cx_op_##i(MoltValue a, MoltValue b) { return complex_arith(i, a, b); }       \
    static MoltValue cx_rop_##i(MoltValue b, MoltValue a) { return complex_arith(i, a, b); }
CX_OP(0) CX_OP(1) CX_OP(2) CX_OP(4)

static MoltValue complex_richcmp(MoltValue a, MoltValue b, int op) {
    double ar, ai, br, bi;
    int rb = as_complex(b, &br, &bi);
    if (rb < 0) return MOLT_ERR;
    if (!rb || (op != MOLT_EQ && op != MOLT_NE)) return molt_NotImplemented;
    as_complex(a, &ar, &ai);
    bool eq = ar == br && ai == bi;
    return molt_bool(op == MOLT_EQ ? eq : !eq);
}

static MoltValue complex_neg(MoltValue v) { return molt_complex_new(-cx(v)->real, -cx(v)->imag); }
static MoltValue complex_pos(MoltValue v) { return v; }
static MoltValue complex_bool(MoltValue v) { return molt_bool(cx(v)->real != 0 || cx(v)->imag != 0); }

static MoltValue complex_getattr(MoltValue self, MoltValue name) {
    if (molt_str_eq_cstr(name, "real")) return molt_float_new(cx(self)->real);
    if (molt_str_eq_cstr(name, "imag")) return molt_float_new(cx(self)->imag);
    extern MoltValue molt_object_generic_getattr(MoltValue, MoltValue);
    return molt_object_generic_getattr(self, name);
}

static MoltValue complex_new_m(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    (void)callee;
    if (molt_kwnames_count(kwnames) > 0) return molt_err_set_str(&molt_TypeError, "molt: complex() keyword arguments are not supported");
    if (nargs > 3) return molt_err_format(&molt_TypeError, "complex() takes at most 2 arguments (%d given)", (int)(nargs - 1));
    double re = 0, im = 0, r2, i2;
    if (nargs > 1) {
        int k = as_complex(args[1], &re, &im);
        if (k < 0) return MOLT_ERR;
        if (!k)
            return molt_err_format(&molt_TypeError, "complex() first argument must be a string or a number, not '%T'",
                                   args[1]);
    }
    if (nargs > 2) {
        int k = as_complex(args[2], &r2, &i2);
        if (k < 0) return MOLT_ERR;
        if (!k) return molt_err_format(&molt_TypeError, "complex() second argument must be a number, not '%T'", args[2]);
        re -= i2;
        im += r2;
    }
    return molt_complex_new(re, im);
}

void molt_complex_init(void) {
    molt_type_ready(&molt_complex_type);
    molt_type_add_method(&molt_complex_type, "__new__", complex_new_m);
}

MoltType molt_complex_type = {
    .ob = {&molt_type_type, 0, 0},
    .name = "complex",
    .base = &molt_object_type,
    .flags = MOLT_TYPE_BASETYPE,
    .repr = complex_repr,
    .hash = complex_hash,
    .richcmp = complex_richcmp,
    .to_bool = complex_bool,
    .getattr = complex_getattr,
    .number = {[MOLT_OP_ADD] = cx_op_0, [MOLT_OP_SUB] = cx_op_1, [MOLT_OP_MUL] = cx_op_2, [MOLT_OP_TRUEDIV] = cx_op_4},
    .number_reflected = {[MOLT_OP_ADD] = cx_rop_0, [MOLT_OP_SUB] = cx_rop_1, [MOLT_OP_MUL] = cx_rop_2,
                         [MOLT_OP_TRUEDIV] = cx_rop_4},
    .neg = complex_neg,
    .pos = complex_pos,
};
