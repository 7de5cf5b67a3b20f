d = {1: "int", 1.5: "float", "1": "str", (1, 2): "tuple", None: "none", True: "bool?"}
print(d)
print(d[1], d[1.0], d[(1, 2)], d[None], len(d))
d2 = {0: "zero"}
d2[False] = "false"
d2[0.0] = "float zero"
print(d2)
print({frozenset([1]): "fs"}[frozenset([1])])
