# Unboxed float paths (decision 0042): float variables, mixed int/float, guards that fall back.


def norm(x: float, y: float) -> float:
    d = x * x + y * y
    return d ** 0.5


def accumulate(n):
    total = 0.0
    for i in range(n):
        total += i * 0.5
        total -= 0.25
    return total


def changes_type(n):
    x = 1.5
    for i in range(n):
        x = x * 2
        if i == 2:
            x = "s"
            return x + "!"
    return x


def wrong(x: float) -> float:
    return x + 1


def compare(a, b):
    out = []
    for x, y in [(a, b), (b, a), (a, a)]:
        out.append((x < y, x <= y, x == y, x != y, x > y, x >= y))
    return out


def divide(a, b):
    try:
        q = a / b
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)
    return q


def unbound(flag):
    if flag:
        v = 2.5
    return v * 2.0


def chain(x):
    if 0.0 <= x < 1.0:
        return "unit"
    if -1 < x <= 0:
        return "negative unit"
    return "outside"


def signs(x):
    y = -x
    z = x * -1.0
    return y, z, str(y)


print(norm(3.0, 4.0), norm(3, 4))
print(accumulate(10))
print(changes_type(1), changes_type(5))
print(wrong(2.5), wrong(2), wrong(10 ** 20), wrong(True))
print(compare(1.0, 2), compare(-0.0, 0.0))
print(compare(2 ** 53 + 1, float(2 ** 53)))
print(divide(1.0, 0.0), divide(1, 0), divide(7, 2.0), divide(-0.0, 5))
print(chain(0.5), chain(-0.5), chain(3), chain(1e308 * 10))
print(signs(0.0), signs(-0.0), signs(2.5))
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -7 % 2.5, 2.0 ** -1, (-8.0) ** 2)
print([divide(x, 3) for x in (1.0, 2, 10 ** 30)])
try:
    print(unbound(True), unbound(False))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
m = 0.1 + 0.2
print(m, m * 3, m / 3, -m, m - m, 1e308 * 10, -1e308 * 10)
