a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a != {"x": 1}, list(a) == list(b))
c = a.copy()
c["x"] = 100
print(a, c)
nested = {"l": [1]}
shallow = nested.copy()
shallow["l"].append(2)
print(nested)
a.clear()
print(a, bool(a), bool(b))
print(a | b if hasattr(a, "__or__") else None, b | {"z": 0})
