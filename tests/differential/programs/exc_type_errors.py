nothing = None
no_index = None
cases = [
    lambda: 1 + "a",
    lambda: "a" * "b",
    lambda: len(5),
    lambda: nothing(),
    lambda: [1][no_index],
    lambda: -"x",
]
for c in cases:
    try:
        c()
    except TypeError as e:
        print("TypeError:", e)
