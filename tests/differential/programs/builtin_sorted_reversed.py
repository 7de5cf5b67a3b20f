print(sorted([3, 1, 2]), sorted("cba"), sorted({3: 0, 1: 0}), sorted((2, 1)))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
print(sorted([1.5, -2, 0, True]))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
