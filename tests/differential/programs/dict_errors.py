d = {"a": 1}
try:
    d["b"]
except KeyError as e:
    print("KeyError:", e, e.args)
try:
    d[[1, 2]] = 3
except TypeError as e:
    print("TypeError:", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
