# NaN, infinities and signed zeros on the unboxed float paths: comparisons, arithmetic, formatting.
inf = float("inf")
nan = float("nan")


def cmp_all(a, b):
    return [a < b, a <= b, a == b, a != b, a > b, a >= b]


def branches(x):
    out = []
    if x < 0.0:
        out.append("lt")
    if x <= 0.0:
        out.append("le")
    if x == 0.0:
        out.append("eq")
    if x != 0.0:
        out.append("ne")
    if x > 0.0:
        out.append("gt")
    if x >= 0.0:
        out.append("ge")
    if not x < 1.0:
        out.append("not-lt-1")
    return out


def arith(x, y):
    s = x + y
    d = x - y
    p = x * y
    return s, d, p


for v in [0.0, -0.0, 1.5, -1.5, inf, -inf, nan]:
    print(repr(v), branches(v), cmp_all(v, 0.0), cmp_all(v, 0), cmp_all(v, v))
print(arith(inf, -inf), arith(inf, inf), arith(-0.0, 0.0), arith(-0.0, -0.0), arith(nan, 1.0))
z = -0.0
print(z, -z, 0.0 * -1.0, -(0.0), z + 0.0, z - 0.0, z * 2.0, 1.0 / inf, -1.0 / inf)
big = 1e308
print(big * 10, -big * 10, big * 10 - big * 10, (big * 10) * 0.0)
print(f"{z:+.2f} {inf:f} {nan:>6} {1e-7:g} {123456789.0:e}")
print(str(nan), repr(-inf), format(-0.0, ".1f"), "%r %s %g" % (z, inf, nan))
print(nan == nan, nan is nan, [nan] == [nan], max(1.0, 2.5), min(-0.0, 0.0))
x = 0.1
t = 0.0
for _ in range(10):
    t += x
print(t, t == 1.0, t < 1.0, abs(t - 1.0) < 1e-9)
