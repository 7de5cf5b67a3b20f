print(0.1 + 0.2 > 0.3, 1e-320 > 0, -1e-320 < 0, 1.0 == 1, 1.5 != 1)
print(hash(2.0) == hash(2), hash(0.0), hash(float("inf")), hash(-1.0))
print(sorted([2.5, -1.0, 0.0, 1e-9, -0.0]))
print(max(1.0, 1), min(0, -0.0), 3.0 in [3], [1.0].index(1))
