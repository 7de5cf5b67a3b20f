add = lambda a, b=10: a + b
print(add(1), add(1, 2))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1]))
print(list(map(lambda x: x * x, range(6))))
print(list(filter(lambda x: x % 3 == 0, range(20))))
make = lambda n: (lambda x: x + n)
print(make(5)(10))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
