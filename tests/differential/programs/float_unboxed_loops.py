# Float locals kept unboxed in loops (decision 0042): accumulators, mixed int/float, escapes.
def integrate(n):
    h = 1.0 / n
    total = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
    return total * h


def horner(coeffs, x):
    acc = 0.0
    for c in coeffs:
        acc = acc * x + c
    return acc


def escapes(n):
    out = []
    x = 0.25
    for i in range(n):
        x = x * 1.5 - i
        out.append(x)          # stored into a container: boxed here
    d = {"last": x}
    return out, d, x


def identity():
    x = 1.0 / 3.0
    y = x
    return y is x, x == y


def mandel(w, h, limit):
    rows = []
    for py in range(h):
        row = []
        for px in range(w):
            cr = 2.0 * px / w - 1.5
            ci = 2.0 * py / h - 1.0
            zr = zi = 0.0
            n = 0
            while n < limit and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            row.append("#" if n == limit else ".")
        rows.append("".join(row))
    return rows


print(integrate(1000))
print(horner([1.0, -3, 0.5, 2], 1.25), horner([1, 2, 3], 2))
print(escapes(5))
print(identity())
for r in mandel(24, 10, 30):
    print(r)
s = 0.0
for k in range(1, 200):
    s += 1.0 / (k * k)
print(s, round(s, 6), f"{s:.3f}", "%.5e" % s)
