/* The math module, integer part: factorial, gcd, lcm, isqrt, comb, perm and prod on ints of any
 * size, with CPython 3.12's messages. Products of ranges use binary splitting, so the large
 * multiplications pair operands of similar size (where Karatsuba pays off). */
#include <math.h>

#include "molt/exceptions.h"
#include "molt/function.h"
#include "molt/int.h"
#include "molt/modules.h"
#include "molt/str.h"
#include "molt/tuple.h"

#define FN(name) static MoltValue math_##name(MoltValue callee, const MoltValue *args, int64_t nargs, MoltValue kwnames)

/* lo * (lo + 1) * ... * (lo + count - 1); 1 for count 0. */
static MoltValue range_product(MoltValue lo, int64_t count) {
    if (count == 0) return molt_small(1);
    MoltValue acc = lo, left = MOLT_ERR, mid = MOLT_ERR;
    MOLT_ROOTS4(lo, acc, left, mid);
    if (count <= 8) {
        for (int64_t i = 1; acc && i < count; i++) {
            mid = molt_int_add(lo, molt_small(i));
            acc = mid ? molt_int_mul(acc, mid) : MOLT_ERR;
        }
    } else {
        int64_t half = count / 2;
        left = range_product(lo, half);
        mid = left ? molt_int_add(lo, molt_small(half)) : MOLT_ERR;
        MoltValue right = mid ? range_product(mid, count - half) : MOLT_ERR;
        acc = right ? molt_int_mul(left, right) : MOLT_ERR;
    }
    MOLT_UNROOT();
    return acc;
}

static MoltValue one_int_arg(const char *qualname, const MoltValue *args, int64_t nargs, MoltValue kwnames) {
    if (molt_arg_no_kwargs(qualname, kwnames) < 0) return MOLT_ERR;
    if (nargs != 1)
        return molt_err_format(&molt_TypeError, "%s() takes exactly one argument (%lld given)", qualname, (long long)nargs);
    return molt_index(args[0]);
}

static MoltValue factorial_of(MoltValue n) {
    int64_t v;
    bool fits = molt_int_as_i64(n, &v);
    if (molt_int_sign(n) < 0) return molt_err_set_str(&molt_ValueError, "factorial() not defined for negative values");
    if (!fits)
        return molt_err_format(&molt_OverflowError, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
    return range_product(molt_small(1), v);
}

FN(factorial) {
    (void)callee;
    MoltValue n = one_int_arg("math.factorial", args, nargs, kwnames);
    return n ? factorial_of(n) : MOLT_ERR;
}

/* ------------------------------------------------------------ gcd and lcm */

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* gcd(|a|, |b|): Euclid on big ints until both fit a machine word. */
static MoltValue gcd2(MoltValue a, MoltValue b) {
    a = molt_int_abs(a);
    if (!a) return MOLT_ERR;
    MOLT_ROOTS2(a, b);
    b = molt_int_abs(b);
    while (b) {
        int64_t x, y;
        if (molt_int_as_i64(a, &x) && molt_int_as_i64(b, &y)) {
            a = molt_int_from_u64(gcd_u64((uint64_t)x, (uint64_t)y));
            break;
        }
        if (molt_int_sign(b) == 0) break;
        MoltValue t = molt_int_mod(a, b);
        a = b;
        b = t;
        if (!t) a = MOLT_ERR;
    }
    MOLT_UNROOT();
    return b ? a : MOLT_ERR;
}

static MoltValue lcm2(MoltValue a, MoltValue b) {
    if (molt_int_sign(a) == 0 || molt_int_sign(b) == 0) return molt_small(0);
    MoltValue g = MOLT_ERR;
    MOLT_ROOTS3(a, b, g);
    g = gcd2(a, b);
    MoltValue f = g ? molt_int_floordiv(a, g) : MOLT_ERR;
    MoltValue r = f ? molt_int_mul(f, b) : MOLT_ERR;
    MOLT_UNROOT();
    return r ? molt_int_abs(r) : MOLT_ERR;
}

/* gcd(*integers) and lcm(*integers): every argument goes through __index__ even once the result is
 * settled (gcd 1, lcm 0), so a bad argument raises as in CPython. */
static MoltValue fold(const char *qualname, const MoltValue *args, int64_t nargs, MoltValue kwnames, bool lcm) {
    if (molt_arg_no_kwargs(qualname, kwnames) < 0) return MOLT_ERR;
    if (nargs == 0) return molt_small(lcm ? 1 : 0);
    MoltValue res = molt_index(args[0]), x = MOLT_ERR;
    if (!res) return MOLT_ERR;
    MOLT_ROOTS2(res, x);
    if (nargs == 1) res = molt_int_abs(res);
    for (int64_t i = 1; res && i < nargs; i++) {
        x = molt_index(args[i]);
        if (!x) res = MOLT_ERR;
        else if (res == molt_small(lcm ? 0 : 1)) continue;
        else res = lcm ? lcm2(res, x) : gcd2(res, x);
    }
    MOLT_UNROOT();
    return res;
}

FN(gcd) {
    (void)callee;
    return fold("math.gcd", args, nargs, kwnames, false);
}

FN(lcm) {
    (void)callee;
    return fold("math.lcm", args, nargs, kwnames, true);
}

/* ------------------------------------------------------------ isqrt */

/* floor(sqrt(n)) for n >= 0: the double estimate corrected by one for words; Newton's iteration
 * from a power of two above the root for bigger n (it decreases to the floor of the root). */
FN(isqrt) {
    (void)callee;
    MoltValue n = one_int_arg("math.isqrt", args, nargs, kwnames);
    if (!n) return MOLT_ERR;
    if (molt_int_sign(n) < 0) return molt_err_set_str(&molt_ValueError, "isqrt() argument must be nonnegative");
    int64_t v;
    if (molt_int_as_i64(n, &v)) {
        uint64_t r = (uint64_t)sqrt((double)v);
        while (r * r > (uint64_t)v) r--;
        while ((r + 1) * (r + 1) <= (uint64_t)v) r++;
        return molt_int_from_u64(r);
    }
    MoltValue x = MOLT_ERR, y = MOLT_ERR;
    MOLT_ROOTS3(n, x, y);
    x = molt_int_lshift(molt_small(1), molt_small((molt_int_bit_length(n) + 1) / 2));
    while (x) {
        y = molt_int_floordiv(n, x);
        y = y ? molt_int_add(x, y) : MOLT_ERR;
        y = y ? molt_int_rshift(y, molt_small(1)) : MOLT_ERR;
        if (!y) x = MOLT_ERR;
        else if (molt_int_cmp(y, x) >= 0) break;
        else x = y;
    }
    MOLT_UNROOT();
    return x;
}

/* ------------------------------------------------------------ comb and perm */

/* n and k as non-negative ints (CPython's checks and messages, n first). */
static int n_and_k(const MoltValue *args, MoltValue *n, MoltValue *k) {
    *n = molt_index(args[0]);
    if (!*n) return -1;
    MOLT_ROOTS1(*n);
    *k = molt_index(args[1]);
    MOLT_UNROOT();
    if (!*k) return -1;
    if (molt_int_sign(*n) < 0) return molt_err_set_str(&molt_ValueError, "n must be a non-negative integer"), -1;
    if (molt_int_sign(*k) < 0) return molt_err_set_str(&molt_ValueError, "k must be a non-negative integer"), -1;
    return 0;
}

/* n * (n - 1) * ... * (n - k + 1), k a machine word not above n. */
static MoltValue falling_product(MoltValue n, int64_t k) {
    MoltValue lo = molt_int_sub(n, molt_small(k - 1));
    return lo ? range_product(lo, k) : MOLT_ERR;
}

FN(comb) {
    (void)callee;
    if (molt_arg_no_kwargs("math.comb", kwnames) < 0 || molt_arg_count("comb", nargs, 2, 2) < 0) return MOLT_ERR;
    MoltValue n, k, d = MOLT_ERR, top = MOLT_ERR;
    if (n_and_k(args, &n, &k) < 0) return MOLT_ERR;
    MOLT_ROOTS4(n, k, d, top);
    MoltValue r = MOLT_ERR;
    d = molt_int_sub(n, k);
    if (d && molt_int_sign(d) < 0) r = molt_small(0);
    else if (d) {
        if (molt_int_cmp(d, k) < 0) k = d; /* C(n, k) = C(n, n - k): the shorter product */
        int64_t kk;
        if (!molt_int_as_i64(k, &kk))
            molt_err_format(&molt_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
        else if ((top = falling_product(n, kk)) != MOLT_ERR) {
            MoltValue bottom = range_product(molt_small(1), kk);
            r = bottom ? molt_int_floordiv(top, bottom) : MOLT_ERR;
        }
    }
    MOLT_UNROOT();
    return r;
}

FN(perm) {
    (void)callee;
    if (molt_arg_no_kwargs("math.perm", kwnames) < 0 || molt_arg_count("perm", nargs, 1, 2) < 0) return MOLT_ERR;
    if (nargs == 1 || args[1] == molt_None) {
        MoltValue n = molt_index(args[0]);
        return n ? factorial_of(n) : MOLT_ERR;
    }
    MoltValue n, k;
    if (n_and_k(args, &n, &k) < 0) return MOLT_ERR;
    if (molt_int_cmp(k, n) > 0) return molt_small(0);
    int64_t kk;
    if (!molt_int_as_i64(k, &kk))
        return molt_err_format(&molt_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    return falling_product(n, kk);
}

/* ------------------------------------------------------------ prod */

/* prod(iterable, /, *, start=1): start * item0 * item1 ... with the generic `*`. */
FN(prod) {
    (void)callee;
    if (nargs != 1)
        return molt_err_format(&molt_TypeError, "prod() takes exactly 1 positional argument (%lld given)", (long long)nargs);
    MoltValue acc = molt_small(1);
    for (int64_t i = 0; i < molt_kwnames_count(kwnames); i++) {
        MoltValue key = molt_tuple_items(kwnames)[i];
        if (!molt_str_eq_cstr(key, "start"))
            return molt_err_format(&molt_TypeError, "'%S' is an invalid keyword argument for prod()", key);
        acc = args[nargs + i];
    }
    MoltValue it = molt_iter(args[0]);
    if (!it) return MOLT_ERR;
    MOLT_ROOTS2(it, acc);
    for (;;) {
        MoltValue item = molt_next(it);
        if (!item) {
            if (molt_err_occurred()) acc = MOLT_ERR;
            break;
        }
        acc = molt_binop(MOLT_OP_MUL, acc, item);
        if (!acc) break;
    }
    MOLT_UNROOT();
    return acc;
}

int molt_math_int_fill(MoltValue module) {
    static const MoltModuleFunction fns[] = {
        {"factorial", math_factorial}, {"gcd", math_gcd}, {"lcm", math_lcm}, {"isqrt", math_isqrt},
        {"comb", math_comb},           {"perm", math_perm}, {"prod", math_prod},
    };
    return molt_module_add_functions(module, fns, sizeof fns / sizeof *fns);
}
