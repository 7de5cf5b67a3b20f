# Generator expressions in arguments, assignments, nested, with closures and conditions.
nums = [5, 3, 8, 1]
g = (n * 2 for n in nums if n > 2)
print(g.__name__, next(g), list(g), list(g))
print(sum(n for n in nums), max((n for n in nums), default=0), min(n % 3 for n in nums))
print(sorted((n for n in nums), key=lambda v: -v), tuple(str(n) for n in nums))
print(list(zip((c for c in "abc"), (i for i in range(10)))))
print(dict((k, len(k)) for k in ["aa", "b"]), set(x % 2 for x in range(5)) == {0, 1})
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
matrix = [[1, 2], [3, 4]]
print(list(sum(v for v in row) for row in matrix))
scale = 3
scaled = (v * scale for v in nums)
scale = 100
print(list(scaled))
first = [1, 2]
lazy = (x for x in first)
first = [9]
print(list(lazy))
def uses_outer(limit):
    return list(x for x in range(10) if x < limit)
print(uses_outer(4))
print(any(x > 7 for x in nums), all(x > 0 for x in nums), "-".join(str(x) for x in nums))
try:
    list(1 // x for x in [1, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2, 3])
consumed = (x for x in it)
print(next(consumed), next(it), list(consumed))
print(list(x for x in (y * 2 for y in range(4)) if x))
