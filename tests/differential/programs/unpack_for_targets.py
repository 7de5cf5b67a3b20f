# Starred and nested targets in for loops and comprehensions.
rows = [(1, 2, 3), (4, 5), (6,), [7, 8, 9, 10]]
for first, *rest in rows:
    print(first, rest)
for *init, last in ["xy", "z", range(4)]:
    print(init, last)
for a, *b, c in [(1, 2), (1, 2, 3, 4)]:
    print(a, b, c)
pairs = {"k": (1, 2, 3), "m": (4, 5)}
for key, (head, *tail) in sorted(pairs.items()):
    print(key, head, tail)
print([rest for _, *rest in rows])
print({h: t for h, *t in ["ab", "cde"]})
total = 0
for x, *_ in rows:
    total += x
print(total)
try:
    for a, *b, c in [(1, 2, 3), (1,)]:
        print("ok", a, b, c)
except ValueError as e:
    print("ValueError:", e)
while rows:
    *rows, last = rows
    print(len(rows), last)
