print(hash(1), hash(-1), hash(0), hash(True), hash(2 ** 61), hash(2 ** 61 - 1), hash(-2), hash(10 ** 20))
print(hash(1.0) == hash(1), hash(0.5), hash(1.5), hash(-0.0))
print(hash((1, 2)), hash(()))
a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]))
x = object()
print(id(x) == id(x))
