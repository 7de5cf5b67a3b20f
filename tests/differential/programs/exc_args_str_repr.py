excs = [
    ValueError(),
    ValueError("one"),
    ValueError("a", 2),
    KeyError("k"),
    Exception(3),
    RuntimeError(None),
]
for e in excs:
    print(repr(e), "|", str(e), "|", e.args)
