pairs = [(1, "a"), ([1], (1,)), (None, 0), ({}, {})]
for a, b in pairs:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print(1 == "1", [] == ())
