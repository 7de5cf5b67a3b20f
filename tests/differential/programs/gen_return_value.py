def gen():
    yield 1
    yield 2
    return "done"

g = gen()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value, e.args)

def outer():
    result = yield from gen()
    print("inner returned", result)
    yield 3

print(list(outer()))
