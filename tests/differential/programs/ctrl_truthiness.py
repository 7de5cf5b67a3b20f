values = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (None,), {}, {"k": 1}, set(), None, True, False]
for v in values:
    print(repr(v), bool(v))
