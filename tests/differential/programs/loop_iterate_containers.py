d = {"b": 2, "a": 1, "c": 3}
for k in d:
    print("key", k)
for k, v in d.items():
    print(k, "->", v)
for ch in "héllo":
    print(ch, end=" ")
print()
for t in [(1, 2), (3, 4)]:
    a, b = t
    print(a * b)
for i, (x, y) in enumerate([("p", "q"), ("r", "s")]):
    print(i, x, y)
