def noisy(x):
    print("check", x)
    return x > 2


nums = [3, 1, 4, 1, 5]
print(sum(n * n for n in nums), sorted(n for n in nums if n > 1), max(n % 4 for n in nums))
print(", ".join(str(n) for n in nums), list(c for c in "ab"), tuple(i for i in range(3)), set(n for n in nums))
print(any(noisy(n) for n in nums))
print(all(noisy(n) for n in [5, 4, 1, 9]))
print(any(x for x in []), all(x for x in []), sum(x for x in range(4) for y in range(x)))


def scoped():
    n = "kept"
    total = sum(n for n in range(5))
    return n, total


print(scoped())
