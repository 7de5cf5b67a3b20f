def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def pairs(xs):
    for i, x in enumerate(xs):
        yield i, x


def chain(*its):
    for it in its:
        yield from it


def spilled(f, a):
    yield f(a, (yield "first") or 7)


print(list(count(4)), list(pairs("ab")), list(chain([1], count(2), "xy")))
print(sum(x * x for x in count(5)), list(x for x in range(6) if x % 2), list(spilled(max, 3)))
print(any(x > 2 for x in count(10)), all(x < 2 for x in count(3)))
