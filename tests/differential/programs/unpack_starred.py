first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abcd"
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
a, *mid, b = (1, 2)
print(a, mid, b)
(x, *ys), z = [1, 2, 3], 4
print(x, ys, z)
print([*range(3), *"ab", *[9]])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print((*[1, 2],))
