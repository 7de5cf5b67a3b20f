counter = 0


def bump():
    global counter
    counter += 1
    return counter


def make_adders():
    adders = []
    for k in range(3):
        adders.append(lambda x, k=k: x + k)
    return adders


def outer():
    a = 1

    def middle():
        b = 2

        def inner():
            nonlocal a
            a += b
            return a

        return inner

    f = middle()
    f()
    return f(), a


def late_binding():
    fs = [lambda: i for i in range(3)]
    v = 1

    def get():
        return v

    v = 2
    return get(), [f() for f in fs]


def shadow():
    x = "outer"
    ys = [x for x in range(3)]
    return x, ys


def walrus(data):
    if (n := len(data)) > 2:
        return n, [z := 5 for _ in range(2)], z
    return n


def unbound():
    try:
        print(later)
    except NameError as e:
        print(type(e).__name__ if False else "caught:", e)
    later = 1
    del later
    try:
        return later
    except UnboundLocalError as e:
        return str(e)


bump()
bump()
print(counter, [f(10) for f in make_adders()], outer(), late_binding(), shadow())
print(walrus([1, 2, 3]), walrus([]))
print(unbound())


def args_demo(a, b=2, *rest, c, d=4, **extra):
    return f"{a} {b} {rest} {c} {d} {sorted(extra.items())}"


print(args_demo(1, c=3))
print(args_demo(1, 5, 6, 7, c=8, d=9, z=10, y=11))
try:
    args_demo()
except TypeError as e:
    print(e)
try:
    args_demo(1, 2, c=3, b=4)
except TypeError as e:
    print(e)
