# Variables that change type inside loops: int -> float -> str -> back, through the float paths.
def walk(n):
    x = 0
    seen = []
    for i in range(n):
        if i % 4 == 0:
            x = x + 0.5
        elif i % 4 == 1:
            x = x * 3
        elif i % 4 == 2:
            x = str(x)
            seen.append(x)
            x = float(x) + 1
        else:
            x = int(x) + 2 ** 62
        seen.append(type(x).__name__)
    return x, seen


def maybe_unbound(flag):
    for i in range(3):
        if flag:
            v = i * 1.5
    try:
        return v
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


def deleted():
    z = 2.5 * 2
    del z
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


def swap_kinds():
    a = 1.5
    b = 2
    for _ in range(3):
        a, b = b, a
        a = a * 2
    return a, b


def acc_bool():
    t = 0.0
    for flag in [True, False, True]:
        t += flag
        t = t * 1.0
    return t


print(walk(9))
print(maybe_unbound(True), maybe_unbound(False))
print(deleted())
print(swap_kinds(), acc_bool())
x = 1.0
while x < 1000:
    x = x * 2.5
print(x, type(x).__name__)
