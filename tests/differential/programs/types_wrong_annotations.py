# Annotations are hints only: wrong ones must not change behaviour (decision 0042).
def scale(x: float, k: float = 2.0) -> float:
    y: float = x * k
    return y


def label(x: float) -> str:
    return x + "!"


def count(n: float) -> float:
    total: float = 0
    for i in range(int(n)):
        total += i
    return total


class Vec:
    def __init__(self, v):
        self.v = v

    def __mul__(self, k):
        return Vec(self.v * k)

    def __rmul__(self, k):
        return Vec(k * self.v + 1)

    def __repr__(self):
        return f"Vec({self.v!r})"


print(scale(1.5), scale(3), scale("ab", 2), scale([1], 3), scale(Vec(2)), scale(2, Vec(5)))
print(label("x"))
print(count(5), type(count(5)).__name__, count(3.7))
try:
    scale(None)
except TypeError as e:
    print("TypeError:", e)
try:
    label(1.0)
except TypeError as e:
    print("TypeError:", e)
print(scale(True), scale(10 ** 20), scale(2 ** 70, 0.5))
