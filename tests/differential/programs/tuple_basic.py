t = (1, "two", 3.0)
print(t, len(t), t[1], t[-1], t[:2], t[::-1])
print((1,), (), tuple("ab"), tuple([1, 2]), tuple(range(3)))
print(t.index("two"), (1, 1, 2).count(1), 3.0 in t)
print((1, 2) + (3,), (0,) * 3, (1, 2) < (1, 3))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    t.index("x")
except ValueError as e:
    print("ValueError:", e)
