# Float loops: the Mandelbrot set on a 400x300 grid, escape counts summed and a coarse picture printed.
def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return limit


def render(w, h, limit):
    total = 0
    rows = []
    for y in range(h):
        ci = 2.4 * y / h - 1.2
        row = []
        for x in range(w):
            cr = 3.2 * x / w - 2.2
            n = escape(cr, ci, limit)
            total += n
            if y % 20 == 0 and x % 8 == 0:
                row.append("#" if n == limit else " .:-=+*%@"[n % 9])
        if row:
            rows.append("".join(row))
    return total, rows


total, rows = render(400, 300, 200)
for r in rows:
    print(r)
print(total)
