# Every message of iterable unpacking, for plain and starred targets.
class Plain:
    pass


class Broken:
    def __iter__(self):
        raise KeyError("from __iter__")


class Failing:
    def __iter__(self):
        return self

    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise RuntimeError("third item")
        return self.n


def try_plain(v):
    try:
        a, b, c = v
        print("ok", a, b, c)
    except Exception as e:
        print(type(e).__name__ + ":", e)


def try_star(v):
    try:
        a, *b, c, d = v
        print("ok", a, b, c, d)
    except Exception as e:
        print(type(e).__name__ + ":", e)


for v in [(1, 2, 3), [1, 2, 3, 4], (1,), [], "ab", "abcd", range(5), 7, 2.5, None, True,
          Plain(), {"x": 1, "y": 2, "z": 3}, {1, 2}, b"abc", Broken(), Failing(), print]:
    try_plain(v)
    try_star(v)
try:
    x, y = iter(range(10 ** 6))
except ValueError as e:
    print("ValueError:", e)
try:
    (m, n), o = (1, 2, 3), 4
except ValueError as e:
    print("ValueError:", e)
try:
    [*p, q] = 3
except TypeError as e:
    print("TypeError:", e)
