f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f)
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
print(type(f | {4}).__name__, sorted(f | {4}))
try:
    {{1}}
except TypeError as e:
    print("TypeError:", e)
print(frozenset() == set(), hash(frozenset()) == hash(frozenset([])))
