print(any([]), all([]), any([0, 0, 1]), all([1, 2, 0]))
print(any(x > 3 for x in range(5)), all(isinstance(x, int) for x in [1, 2]))
print(sum([]), sum([1.5, 2.5]), sum([[1], [2]], []), sum(range(10), start=5))
print(sum([0.1] * 10))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
