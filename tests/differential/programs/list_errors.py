xs = [1, 2, 3]
for op in [lambda: xs[3], lambda: xs.pop(10), lambda: xs.remove(9), lambda: xs.index(7), lambda: [].pop()]:
    try:
        op()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
