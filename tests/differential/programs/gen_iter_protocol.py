def letters():
    yield "a"
    yield "b"

g = letters()
print(iter(g) is g)
print(next(g), next(g, "default"), next(g, "default"))
it = iter([10, 20])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(list(zip(letters(), range(5))))
