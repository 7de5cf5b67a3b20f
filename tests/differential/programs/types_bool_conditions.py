# Comparisons feeding branches directly: chained, mixed int/float, user types with odd __lt__.
class Odd:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v  # a non-bool result: truth value decides branches

    def __gt__(self, other):
        return []


def classify(x):
    if 0 <= x < 10:
        return "small"
    if 10 <= x <= 100.0 < 1000:
        return "medium"
    if -1.5 < x < 0:
        return "negative"
    return "other"


def count_between(xs, lo, hi):
    n = 0
    for x in xs:
        if lo < x <= hi:
            n += 1
    return n


i = 0
while 0 <= i < 5:
    i += 1
print(i)
print([classify(v) for v in [0, 5.5, 9.999, 10, 50.0, 100, 100.5, -1, -0.0, float("nan")]])
print(count_between([0.5, 1, 1.5, 2, 2.5, 3, 10 ** 20], 1, 2.5))
print(1 < Odd(1), 1 < Odd(0), Odd(3) < 1, Odd("") < 2)
if Odd([1]) < 2:
    print("truthy list")
if not Odd(0) < 2:
    print("falsy zero")
if 1 < 2 < Odd(0):
    print("not printed")
else:
    print("chain false")
print(1 < 2 < 3, 3 > 2 > 2, 1 < 2.5 < 2, 2 ** 53 + 1 > 2.0 ** 53 > 2 ** 53 - 1)
