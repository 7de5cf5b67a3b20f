nested = ((1, 2), (3, (4, 5)), [])
print(nested, len(nested), nested[1][1][0])
print(repr((("a",),)), str((None, True)))
a, (b, (c, d)), e = nested
print(a, b, c, d, e)
print(tuple(sorted((3, 1, 2))), max((1, 9), (2, 0)))
