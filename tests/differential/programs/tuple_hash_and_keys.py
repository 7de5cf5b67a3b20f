pts = {(0, 0): "origin", (1, 0): "east"}
print(pts[(0, 0)], pts.get((2, 2), "none"))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()))
print(hash((1, 2, 3)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
print(sorted({(2, "b"), (1, "a"), (2, "a")}))
