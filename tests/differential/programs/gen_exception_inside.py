def risky():
    yield 1
    raise ValueError("bad generator")

g = risky()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
try:
    next(g)
except StopIteration:
    print("exhausted after error")
print(list(risky()))
