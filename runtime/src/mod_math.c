/* The math module, floating-point part: constants and the functions of doubles, with CPython 3.12's
 * results and errors ("math domain error" for an invalid argument, "math range error" for an
 * overflow). Integer functions (factorial, gcd, comb, ...) are in mod_math_int.c. */
#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "molt/builtins.h"
#include "molt/exceptions.h"
#include "molt/float.h"
#include "molt/function.h"
#include "molt/gc.h"
#include "molt/int.h"
#include "molt/modules.h"
#include "molt/str.h"
#include "molt/tuple.h"
#include "molt/type.h"

#define FN(name) static MoltValue math_##name(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames)

static MoltValue domain_error(void) { return molt_err_set_str(&molt_ValueError, "math domain error"); }
static MoltValue range_error(void) { return molt_err_set_str(&molt_OverflowError, "math range error"); }

/* ------------------------------------------------------------ argument checks */

/* f(x): "math.f() takes exactly one argument (n given)". */
static int one_arg(const char *qualname, int64_t nargs, MoltValue kwnames) {
    if (molt_arg_no_kwargs(qualname, kwnames) < 0) return -1;
    if (nargs == 1) return 0;
    molt_err_format(&molt_TypeError, "%s() takes exactly one argument (%lld given)", qualname, (long long)nargs);
    return -1;
}

/* f(a, b, ...): "math.f() takes no keyword arguments" / "f expected 2 arguments, got 1". */
static int positional(const char *qualname, int64_t nargs, MoltValue kwnames, int64_t min, int64_t max) {
    if (molt_arg_no_kwargs(qualname, kwnames) < 0) return -1;
    return molt_arg_count(qualname + 5 /* without "math." */, nargs, min, max);
}

static int two_doubles(const char *qualname, const MoltValue *args, int64_t nargs, MoltValue kwnames, double *x,
                       double *y) {
    if (positional(qualname, nargs, kwnames, 2, 2) < 0) return -1;
    if (molt_float_as_double(args[0], x) < 0) return -1;
    return molt_float_as_double(args[1], y);
}

/* ------------------------------------------------------------ libm on wasm */

#ifdef __wasi__
/* wasi-libc's double sin, cos, tan, asin, acos, atan and atan2 (fdlibm lineage) are one ulp off in
 * about 5% of random arguments where glibc's, hence CPython's on Linux, are correctly rounded. Its
 * binary128 versions err far below half a double ulp, so rounding their result gives glibc's
 * answer (0 differences in 300 random arguments per function). Slower (software quad arithmetic),
 * but the output must be CPython's. Decision 0038. */
static double q_sin(double x) { return (double)sinl(x); }
static double q_cos(double x) { return (double)cosl(x); }
static double q_tan(double x) { return (double)tanl(x); }
static double q_asin(double x) { return (double)asinl(x); }
static double q_acos(double x) { return (double)acosl(x); }
static double q_atan(double x) { return (double)atanl(x); }
static double q_atan2(double y, double x) { return (double)atan2l(y, x); }

/* log10 the way glibc 2.36 computes it (x = m * 2**k; k*log10(2) in two parts plus log(m)/ln(10)),
 * over wasi-libc's log, which matches glibc's: wasi-libc's own log10 differs in ~2% of arguments. */
static double g_log10(double x) {
    if (!(x > 0.0) || isinf(x)) return log10(x); /* NaN, infinities, zero, negatives: IEEE values */
    int k;
    double m = frexp(x, &k); /* 0.5 <= m < 1 */
    if (k > 0) { /* m in [1, 2) for x >= 1, [0.5, 1) below */
        m *= 2.0;
        k -= 1;
    }
    double y = (double)k;
    double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * log(m);
    return z + y * 3.01029995663611771306e-01;
}
#define M_SIN q_sin
#define M_COS q_cos
#define M_TAN q_tan
#define M_ASIN q_asin
#define M_ACOS q_acos
#define M_ATAN q_atan
#define M_ATAN2 q_atan2
#define M_LOG10 g_log10
#else
#define M_SIN sin
#define M_COS cos
#define M_TAN tan
#define M_ASIN asin
#define M_ACOS acos
#define M_ATAN atan
#define M_ATAN2 atan2
#define M_LOG10 log10
#endif

/* ------------------------------------------------------------ functions of one double */

/* libm functions applied as CPython's math_1 does: a NaN from a non-NaN is a domain error; an
 * infinity from a finite argument is a range error if the function can overflow, else a domain
 * error (a pole, like log(0)). Decided on the values, not errno, which wasi-libc does not set. */
typedef struct Func1 {
    const char *name;
    double (*fn)(double);
    bool can_overflow;
} Func1;

static const Func1 func1[] = {
    {"acos", M_ACOS, false},   {"acosh", acosh, false}, {"asin", M_ASIN, false},   {"asinh", asinh, false},
    {"atan", M_ATAN, false},   {"atanh", atanh, false}, {"cbrt", cbrt, false},   {"cos", M_COS, false},
    {"cosh", cosh, true},    {"erf", erf, false},     {"erfc", erfc, false},   {"exp", exp, true},
    {"exp2", exp2, true},    {"expm1", expm1, true},  {"fabs", fabs, false},   {"log1p", log1p, false},
    {"sin", M_SIN, false},     {"sinh", sinh, true},    {"sqrt", sqrt, false},   {"tan", M_TAN, false},
    {"tanh", tanh, false},
};

static MoltValue apply1(double (*fn)(double), bool can_overflow, double x) {
    double r = fn(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    return molt_float_new(r);
}

static MoltValue math_func1(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    const Func1 *f = &func1[molt_small_value(molt_builtin_obj(callee)->data)];
    char qualname[32] = "math.";
    for (int i = 0; f->name[i]; i++) qualname[5 + i] = f->name[i];
    if (one_arg(qualname, nargs, kwnames) < 0) return MOLT_ERR;
    double x;
    if (molt_float_as_double(args[0], &x) < 0) return MOLT_ERR;
    return apply1(f->fn, f->can_overflow, x);
}

/* ------------------------------------------------------------ logarithms */

/* Positive int v as x * 2**e with 0.5 <= x < 1, x correctly rounded (for ints beyond a double). */
static int int_frexp(MoltValue v, double *x, int64_t *e) {
    int64_t bits = molt_int_bit_length(v), shift = bits - 63;
    MoltValue top = molt_int_rshift(v, molt_small(shift));
    if (!top) return -1;
    MOLT_ROOTS1(top);
    MoltValue back = molt_int_lshift(top, molt_small(shift));
    MOLT_UNROOT();
    if (!back) return -1;
    int64_t t;
    molt_int_as_i64(top, &t); /* 2**62 <= t < 2**63 */
    if (molt_int_cmp(back, v) != 0) t |= 1; /* sticky bit: rounding to 53 bits sees the lost bits */
    *x = ldexp((double)t, -63);
    *e = bits;
    if (*x == 1.0) { /* rounded up to the next power of two */
        *x = 0.5;
        *e += 1;
    }
    return 0;
}

/* log of x for log/log2/log10: ints of any size (CPython's loghelper), else as a double. */
static MoltValue log_of(MoltValue x, double (*fn)(double)) {
    if (molt_is_int_like(x)) {
        if (molt_int_sign(x) <= 0) return domain_error();
        double d;
        if (molt_int_to_double(x, &d) == 0) return apply1(fn, false, d);
        if (!molt_err_matches(&molt_OverflowError)) return MOLT_ERR;
        molt_err_clear();
        int64_t e;
        if (int_frexp(x, &d, &e) < 0) return MOLT_ERR;
        return molt_float_new(fn(d) + fn(2.0) * (double)e);
    }
    double d;
    if (molt_float_as_double(x, &d) < 0) return MOLT_ERR;
    return apply1(fn, false, d);
}

/* log(x[, base]) = log(x) / log(base), the division raising ZeroDivisionError for base 1. */
FN(log) {
    (void)callee;
    if (positional("math.log", nargs, kwnames, 1, 2) < 0) return MOLT_ERR;
    MoltValue num = log_of(args[0], log);
    if (!num || nargs == 1) return num;
    MOLT_ROOTS1(num);
    MoltValue den = log_of(args[1], log);
    MOLT_UNROOT();
    return den ? molt_binop(MOLT_OP_TRUEDIV, num, den) : MOLT_ERR;
}

FN(log2) {
    (void)callee;
    return one_arg("math.log2", nargs, kwnames) < 0 ? MOLT_ERR : log_of(args[0], log2);
}

FN(log10) {
    (void)callee;
    return one_arg("math.log10", nargs, kwnames) < 0 ? MOLT_ERR : log_of(args[0], M_LOG10);
}

/* ------------------------------------------------------------ rounding to int */

/* floor/ceil/trunc: float and int directly, else the type's __floor__/__ceil__/__trunc__. */
static MoltValue to_integral(const char *dunder, double (*round_fn)(double), MoltValue x) {
    if (molt_is_float(x)) return molt_int_from_double(round_fn(molt_float_value(x)));
    if (molt_is_int_like(x)) return molt_index(x); /* the exact int: True -> 1 */
    MoltValue m = molt_lookup_special(x, dunder);
    if (m) return molt_call_with_self(m, x, NULL, 0, MOLT_ERR);
    if (molt_err_occurred()) return MOLT_ERR;
    if (round_fn == trunc)
        return molt_err_format(&molt_TypeError, "type %s doesn't define %s method", molt_type_of(x)->name, dunder);
    double d;
    if (molt_float_as_double(x, &d) < 0) return MOLT_ERR;
    return molt_int_from_double(round_fn(d));
}

FN(floor) {
    (void)callee;
    return one_arg("math.floor", nargs, kwnames) < 0 ? MOLT_ERR : to_integral("__floor__", floor, args[0]);
}

FN(ceil) {
    (void)callee;
    return one_arg("math.ceil", nargs, kwnames) < 0 ? MOLT_ERR : to_integral("__ceil__", ceil, args[0]);
}

FN(trunc) {
    (void)callee;
    return one_arg("math.trunc", nargs, kwnames) < 0 ? MOLT_ERR : to_integral("__trunc__", trunc, args[0]);
}

/* ------------------------------------------------------------ functions of two doubles */

/* pow(x, y) on doubles. C99's pow already gives IEEE special values for infinities and NaNs; what is
 * left is turning a NaN from finite arguments ((-2) ** 0.5) and 0 ** negative into domain errors,
 * and an overflow of finite arguments into a range error. */
FN(pow) {
    (void)callee;
    double x, y;
    if (two_doubles("math.pow", args, nargs, kwnames, &x, &y) < 0) return MOLT_ERR;
    double r = pow(x, y);
    if (isfinite(x) && isfinite(y) && !isfinite(r)) return isnan(r) || x == 0.0 ? domain_error() : range_error();
    return molt_float_new(r);
}

FN(atan2) {
    (void)callee;
    double y, x;
    if (two_doubles("math.atan2", args, nargs, kwnames, &y, &x) < 0) return MOLT_ERR;
    return molt_float_new(M_ATAN2(y, x));
}

FN(copysign) {
    (void)callee;
    double x, y;
    if (two_doubles("math.copysign", args, nargs, kwnames, &x, &y) < 0) return MOLT_ERR;
    return molt_float_new(copysign(x, y));
}

/* fmod and remainder: NaN only from NaN arguments; an infinite x or a zero y is a domain error. */
static MoltValue nan_checked(double r, double x, double y) {
    if (isnan(r) && !isnan(x) && !isnan(y)) return domain_error();
    return molt_float_new(r);
}

FN(fmod) {
    (void)callee;
    double x, y;
    if (two_doubles("math.fmod", args, nargs, kwnames, &x, &y) < 0) return MOLT_ERR;
    return nan_checked(fmod(x, y), x, y);
}

FN(remainder) {
    (void)callee;
    double x, y;
    if (two_doubles("math.remainder", args, nargs, kwnames, &x, &y) < 0) return MOLT_ERR;
    return nan_checked(remainder(x, y), x, y);
}

FN(nextafter) {
    (void)callee;
    double x, y;
    if (two_doubles("math.nextafter", args, nargs, kwnames, &x, &y) < 0) return MOLT_ERR;
    return molt_float_new(nextafter(x, y));
}

FN(ulp) {
    (void)callee;
    double x;
    if (one_arg("math.ulp", nargs, kwnames) < 0 || molt_float_as_double(args[0], &x) < 0) return MOLT_ERR;
    if (isnan(x)) return molt_float_new(x);
    x = fabs(x);
    if (isinf(x)) return molt_float_new(x);
    double up = nextafter(x, INFINITY);
    return molt_float_new(isinf(up) ? x - nextafter(x, -INFINITY) : up - x);
}

/* ------------------------------------------------------------ angles and classification */

static const double deg_to_rad = 3.141592653589793238462643383279502884 / 180.0;

static MoltValue scaled(const char *qualname, const MoltValue *args, int64_t nargs, MoltValue kwnames, bool to_degrees) {
    double x;
    if (one_arg(qualname, nargs, kwnames) < 0 || molt_float_as_double(args[0], &x) < 0) return MOLT_ERR;
    return molt_float_new(to_degrees ? x / deg_to_rad : x * deg_to_rad);
}

FN(degrees) {
    (void)callee;
    return scaled("math.degrees", args, nargs, kwnames, true);
}

FN(radians) {
    (void)callee;
    return scaled("math.radians", args, nargs, kwnames, false);
}

static MoltValue classify(const char *qualname, const MoltValue *args, int64_t nargs, MoltValue kwnames, int which) {
    double x;
    if (one_arg(qualname, nargs, kwnames) < 0 || molt_float_as_double(args[0], &x) < 0) return MOLT_ERR;
    return molt_bool(which == 0 ? isnan(x) : which == 1 ? isinf(x) : isfinite(x));
}

FN(isnan) {
    (void)callee;
    return classify("math.isnan", args, nargs, kwnames, 0);
}

FN(isinf) {
    (void)callee;
    return classify("math.isinf", args, nargs, kwnames, 1);
}

FN(isfinite) {
    (void)callee;
    return classify("math.isfinite", args, nargs, kwnames, 2);
}

/* isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
FN(isclose) {
    (void)callee;
    if (nargs > 2)
        return molt_err_format(&molt_TypeError, "isclose() takes exactly 2 positional arguments (%lld given)",
                               (long long)nargs);
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol"};
    MoltValue a[4];
    if (molt_builtin_args("isclose", args, nargs, kwnames, names, 2, 4, a) < 0) return MOLT_ERR;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (molt_float_as_double(a[0], &x) < 0 || molt_float_as_double(a[1], &y) < 0) return MOLT_ERR;
    if (a[2] && molt_float_as_double(a[2], &rel_tol) < 0) return MOLT_ERR;
    if (a[3] && molt_float_as_double(a[3], &abs_tol) < 0) return MOLT_ERR;
    if (rel_tol < 0.0 || abs_tol < 0.0) return molt_err_set_str(&molt_ValueError, "tolerances must be non-negative");
    if (x == y) return molt_True;
    if (isinf(x) || isinf(y)) return molt_False;
    double diff = fabs(y - x);
    return molt_bool(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) || diff <= abs_tol);
}

/* ------------------------------------------------------------ decomposition */

FN(modf) {
    (void)callee;
    double x, ip;
    if (one_arg("math.modf", nargs, kwnames) < 0 || molt_float_as_double(args[0], &x) < 0) return MOLT_ERR;
    double frac = modf(x, &ip);
    MoltValue f = molt_float_new(frac), i = MOLT_ERR;
    MOLT_ROOTS2(f, i);
    i = f ? molt_float_new(ip) : MOLT_ERR;
    MoltValue r = i ? molt_tuple_pack(2, f, i) : MOLT_ERR;
    MOLT_UNROOT();
    return r;
}

FN(frexp) {
    (void)callee;
    double x;
    if (one_arg("math.frexp", nargs, kwnames) < 0 || molt_float_as_double(args[0], &x) < 0) return MOLT_ERR;
    int e = 0;
    double m = isfinite(x) && x != 0.0 ? frexp(x, &e) : x;
    MoltValue f = molt_float_new(m);
    MOLT_ROOTS1(f);
    MoltValue r = f ? molt_tuple_pack(2, f, molt_small(e)) : MOLT_ERR;
    MOLT_UNROOT();
    return r;
}

/* ldexp(x, i): i any int; exponents beyond C's int overflow or underflow without raising first. */
FN(ldexp) {
    (void)callee;
    double x;
    if (positional("math.ldexp", nargs, kwnames, 2, 2) < 0 || molt_float_as_double(args[0], &x) < 0) return MOLT_ERR;
    if (!molt_is_int_like(args[1]))
        return molt_err_set_str(&molt_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (!molt_int_as_i64(args[1], &e)) e = molt_int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    double r;
    if (x == 0.0 || !isfinite(x)) r = x;
    else if (e > INT32_MAX) return range_error();
    else if (e < INT32_MIN) r = copysign(0.0, x);
    else {
        r = ldexp(x, (int)e);
        if (isinf(r)) return range_error();
    }
    return molt_float_new(r);
}

/* ------------------------------------------------------------ hypot and dist */

/* Euclidean norm of v[0..n) (absolute values; max the largest, found_nan if one is NaN). The sum of
 * squares is kept as a double-double (fma gives each square exactly), then one Newton step on the
 * square root corrects the last bit, so the result is correctly rounded in all but rare cases. */
static double vector_norm(double *v, int64_t n, double max, bool found_nan) {
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int e;
    frexp(max, &e);
    if (e < DBL_MIN_EXP) { /* subnormal: 2**-e would overflow; scale into the normal range first */
        for (int64_t i = 0; i < n; i++) v[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(v, n, max / DBL_MIN, false);
    }
    double hi = 0.0, lo = 0.0;
    for (int64_t i = 0; i < n; i++) {
        double x = ldexp(v[i], -e); /* exact: |x| < 1, so no square overflows */
        double sq = x * x, sq_err = fma(x, x, -sq);
        double s = hi + sq, bv = s - hi, s_err = (hi - (s - bv)) + (sq - bv);
        hi = s;
        lo += s_err + sq_err;
    }
    double total = hi + lo;
    lo -= total - hi;
    hi = total;
    double h = sqrt(hi);
    double hh = h * h, hh_err = fma(h, h, -hh);
    h += ((hi - hh) - hh_err + lo) / (2.0 * h);
    return ldexp(h, e);
}

/* Collects |item| of each value (n of them) into out, with the max and NaN flag vector_norm needs. */
static int abs_values(const MoltValue *items, const MoltValue *minus, int64_t n, double *out, double *max,
                      bool *found_nan) {
    *max = 0.0;
    *found_nan = false;
    for (int64_t i = 0; i < n; i++) {
        double x, y = 0.0;
        if (molt_float_as_double(items[i], &x) < 0) return -1;
        if (minus && molt_float_as_double(minus[i], &y) < 0) return -1;
        x = fabs(x - y);
        out[i] = x;
        *found_nan |= isnan(x);
        if (x > *max) *max = x;
    }
    return 0;
}

static MoltValue norm_of(const MoltValue *items, const MoltValue *minus, int64_t n) {
    double small[16], *v = n <= 16 ? small : malloc((size_t)n * sizeof(double));
    if (!v) return molt_err_no_memory();
    double max;
    bool found_nan;
    MoltValue r = MOLT_ERR;
    if (abs_values(items, minus, n, v, &max, &found_nan) == 0) r = molt_float_new(vector_norm(v, n, max, found_nan));
    if (v != small) free(v);
    return r;
}

FN(hypot) {
    (void)callee;
    if (molt_arg_no_kwargs("math.hypot", kwnames) < 0) return MOLT_ERR;
    return norm_of(args, NULL, nargs);
}

/* dist(p, q): both turned into tuples, same length. */
FN(dist) {
    (void)callee;
    if (positional("math.dist", nargs, kwnames, 2, 2) < 0) return MOLT_ERR;
    MoltValue p = molt_is_tuple(args[0]) ? args[0] : molt_tuple_from_iterable(args[0]), q = MOLT_ERR;
    if (!p) return MOLT_ERR;
    MOLT_ROOTS2(p, q);
    q = molt_is_tuple(args[1]) ? args[1] : molt_tuple_from_iterable(args[1]);
    MoltValue r = MOLT_ERR;
    if (q && molt_tuple_size(p) != molt_tuple_size(q))
        molt_err_set_str(&molt_ValueError, "both points must have the same number of dimensions");
    else if (q)
        r = norm_of(molt_tuple_items(p), molt_tuple_items(q), molt_tuple_size(p));
    MOLT_UNROOT();
    return r;
}

/* ------------------------------------------------------------ fsum */

/* Exact sum of floats (Shewchuk's algorithm: a list of non-overlapping partial sums), rounded once at
 * the end with round-half-even across partials, and CPython's errors for overflow and inf - inf. */
typedef struct Partials {
    double *p, small[32];
    int64_t n, cap;
} Partials;

static int partials_push(Partials *ps, double x) {
    if (ps->n == ps->cap) {
        int64_t cap = ps->cap * 2;
        double *grown = ps->p == ps->small ? malloc((size_t)cap * sizeof(double))
                                           : realloc(ps->p, (size_t)cap * sizeof(double));
        if (!grown) return -1;
        if (ps->p == ps->small) for (int64_t i = 0; i < ps->n; i++) grown[i] = ps->small[i];
        ps->p = grown;
        ps->cap = cap;
    }
    ps->p[ps->n++] = x;
    return 0;
}

/* Adds x to the partials; 1 when x was not finite (left for the caller), -1 on MemoryError. */
static int partials_add(Partials *ps, double x) {
    int64_t kept = 0;
    for (int64_t i = 0; i < ps->n; i++) {
        double y = ps->p[i];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y, lo = y - (hi - x);
        if (lo != 0.0) ps->p[kept++] = lo;
        x = hi;
    }
    ps->n = kept;
    if (x == 0.0) return 0;
    if (!isfinite(x)) return 1;
    return partials_push(ps, x);
}

static double partials_round(const Partials *ps) {
    int64_t n = ps->n;
    if (n == 0) return 0.0;
    double hi = ps->p[--n], lo = 0.0;
    while (n > 0) { /* from the largest down, until a step is inexact */
        double x = hi, y = ps->p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0.0) break;
    }
    /* A remainder exactly half an ulp would round to even; the partials below decide the direction. */
    if (n > 0 && ((lo < 0.0 && ps->p[n - 1] < 0.0) || (lo > 0.0 && ps->p[n - 1] > 0.0))) {
        double y = lo * 2.0, x = hi + y;
        if (y == x - hi) hi = x;
    }
    return hi;
}

FN(fsum) {
    (void)callee;
    if (one_arg("math.fsum", nargs, kwnames) < 0) return MOLT_ERR;
    MoltValue it = molt_iter(args[0]);
    if (!it) return MOLT_ERR;
    MOLT_ROOTS1(it);
    Partials ps = {.n = 0, .cap = 32};
    ps.p = ps.small;
    double special = 0.0, inf_sum = 0.0;
    MoltValue r = MOLT_ERR;
    for (;;) {
        MoltValue item = molt_next(it);
        if (!item) {
            if (molt_err_occurred()) goto out;
            break;
        }
        double x;
        if (molt_float_as_double(item, &x) < 0) goto out;
        int s = partials_add(&ps, x);
        if (s < 0) {
            molt_err_no_memory();
            goto out;
        }
        if (s == 1) {
            /* A non-finite running sum: an overflow if x itself was finite, else an inf or nan term. */
            if (isfinite(x)) {
                molt_err_set_str(&molt_OverflowError, "intermediate overflow in fsum");
                goto out;
            }
            if (isinf(x)) inf_sum += x;
            special += x;
            ps.n = 0;
        }
    }
    if (special != 0.0) {
        if (isnan(inf_sum)) molt_err_set_str(&molt_ValueError, "-inf + inf in fsum");
        else r = molt_float_new(special);
    } else {
        r = molt_float_new(partials_round(&ps));
    }
out:
    if (ps.p != ps.small) free(ps.p);
    MOLT_UNROOT();
    return r;
}

/* ------------------------------------------------------------ the module */

int molt_math_int_fill(MoltValue module);

int molt_math_module_fill(MoltValue m) {
    MOLT_ROOTS1(m);
    int r = 0;
    for (size_t i = 0; r == 0 && i < sizeof func1 / sizeof *func1; i++)
        r = molt_module_add(m, func1[i].name, molt_builtin_new_data(func1[i].name, math_func1, MOLT_ERR, molt_small((int64_t)i)));
    static const MoltModuleFunction fns[] = {
        {"log", math_log},         {"log2", math_log2},         {"log10", math_log10},
        {"floor", math_floor},     {"ceil", math_ceil},         {"trunc", math_trunc},
        {"pow", math_pow},         {"atan2", math_atan2},       {"copysign", math_copysign},
        {"fmod", math_fmod},       {"remainder", math_remainder}, {"nextafter", math_nextafter},
        {"ulp", math_ulp},         {"degrees", math_degrees},   {"radians", math_radians},
        {"isnan", math_isnan},     {"isinf", math_isinf},       {"isfinite", math_isfinite},
        {"isclose", math_isclose}, {"modf", math_modf},         {"frexp", math_frexp},
        {"ldexp", math_ldexp},     {"hypot", math_hypot},       {"dist", math_dist},
        {"fsum", math_fsum},
    };
    if (r == 0) r = molt_module_add_functions(m, fns, sizeof fns / sizeof *fns);
    static const struct {
        const char *name;
        double value;
    } consts[] = {
        {"pi", 3.141592653589793238462643383279502884}, {"e", 2.718281828459045235360287471352662498},
        {"tau", 6.283185307179586476925286766559005768}, {"inf", INFINITY}, {"nan", NAN},
    };
    for (size_t i = 0; r == 0 && i < sizeof consts / sizeof *consts; i++)
        r = molt_module_add(m, consts[i].name, molt_float_new(consts[i].value));
    if (r == 0) r = molt_math_int_fill(m);
    MOLT_UNROOT();
    return r;
}
