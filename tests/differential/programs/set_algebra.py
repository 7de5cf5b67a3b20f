a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < {1, 2}, a >= {4}, a.issubset(a | b), a.isdisjoint({7}))
c = set(a)
c |= {10}
c &= {1, 10, 3}
c -= {3}
print(sorted(c))
print({1, 2} == {2, 1}, {1} != {1.0})
