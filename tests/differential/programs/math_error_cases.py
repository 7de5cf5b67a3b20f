import math


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, type(e).__name__ + ":", e)


attempt("sqrt(-1)", math.sqrt, -1)
attempt("sqrt('4')", math.sqrt, "4")
attempt("log(0)", math.log, 0)
attempt("log(-2.5)", math.log, -2.5)
attempt("log(8, 1)", math.log, 8, 1)
attempt("log10(0)", math.log10, 0)
attempt("log2(-1)", math.log2, -1)
attempt("exp(1000)", math.exp, 1000)
attempt("exp(-1000)", math.exp, -1000)
attempt("cosh(1000)", math.cosh, 1000)
attempt("pow(0, -1)", math.pow, 0, -1)
attempt("pow(-8, 1/3)", math.pow, -8, 1 / 3)
attempt("pow(10, 400)", math.pow, 10, 400)
attempt("asin(2)", math.asin, 2)
attempt("atanh(1)", math.atanh, 1)
attempt("sin(inf)", math.sin, math.inf)
attempt("fmod(1, 0)", math.fmod, 1, 0)
attempt("fmod(inf, 2)", math.fmod, math.inf, 2)
attempt("floor(inf)", math.floor, math.inf)
attempt("ceil(nan)", math.ceil, math.nan)
attempt("trunc('x')", math.trunc, "x")
attempt("floor(None)", math.floor, None)
attempt("factorial(-3)", math.factorial, -3)
attempt("factorial(5.0)", math.factorial, 5.0)
attempt("factorial(10**30)", math.factorial, 10 ** 30)
attempt("isqrt(-4)", math.isqrt, -4)
attempt("isqrt(4.0)", math.isqrt, 4.0)
attempt("comb(-1, 2)", math.comb, -1, 2)
attempt("comb(5, -2)", math.comb, 5, -2)
attempt("perm(-1)", math.perm, -1)
attempt("gcd(2, 3.0)", math.gcd, 2, 3.0)
attempt("lcm('a')", math.lcm, "a")
attempt("ldexp(1.0, 2.5)", math.ldexp, 1.0, 2.5)
attempt("ldexp(1.0, 5000)", math.ldexp, 1.0, 5000)
attempt("ldexp(1.0, -5000)", math.ldexp, 1.0, -5000)
attempt("dist((1, 2), (3,))", math.dist, (1, 2), (3,))
attempt("fsum([inf, -inf])", math.fsum, [math.inf, -math.inf])
attempt("fsum([1e308, 1e308])", math.fsum, [1e308, 1e308])
attempt("hypot(1, 'a')", math.hypot, 1, "a")
attempt("sqrt(10**400)", math.sqrt, 10 ** 400)
attempt("remainder(1, 0)", math.remainder, 1, 0)
try:
    math.isclose(1.0, 1.0, rel_tol=-1)
except ValueError as e:
    print("isclose:", e)
try:
    math.sqrt()
except TypeError as e:
    print("sqrt():", e)
try:
    math.atan2(1)
except TypeError as e:
    print("atan2(1):", e)
try:
    math.no_such_function
except AttributeError as e:
    print("attr:", e)
