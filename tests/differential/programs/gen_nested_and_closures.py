# Nested generator functions, closures captured by generators, generators made in loops.
def make_counter(step):
    total = 0
    def gen(n):
        nonlocal total
        for i in range(n):
            total += step
            yield total
    def read():
        return total
    return gen, read

gen, read = make_counter(3)
print(list(gen(4)), read())
g = gen(2)
print(next(g), read())

def outer(words):
    def inner(prefix):
        for w in words:
            yield prefix + w
    for p in ("a", "b"):
        yield from inner(p)

print(list(outer(["x", "y"])))

gens = [(lambda k: (k * i for i in range(3)))(k) for k in range(3)]
print([list(g) for g in gens])

def fib_pairs():
    a, b = 0, 1
    while True:
        yield a, b
        a, b = b, a + b

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

print(list(take(6, fib_pairs())))

def recursive_range(n):
    if n > 0:
        yield from recursive_range(n - 1)
        yield n

print(list(recursive_range(30)))

def accumulate(it):
    total = 0
    for v in it:
        total += v
        yield total

print(list(accumulate(take(5, (x * x for x in range(100))))))

def yields_in_expressions(xs):
    out = []
    for x in xs:
        out.append((yield x) + x * 10 if x else (yield "zero"))
    return out

y = yields_in_expressions([1, 0, 2])
print(next(y), y.send(5), y.send(6))
try:
    y.send(7)
except StopIteration as e:
    print("result", e.value)

def args_around_yield():
    r = max(1, (yield "first"), 3, (yield "second"))
    yield r

z = args_around_yield()
print(next(z), z.send(10), z.send(20))
