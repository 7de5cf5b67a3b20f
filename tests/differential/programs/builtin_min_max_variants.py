print(max(3, 9, 2), min("b", "a", "c"), max([1, 5], [1, 6]), min((3, "z"), (3, "a")))
print(max("apple", "fig", key=len), min([], default=0), max([2], default=9))
print(max([1, 3, 3], key=lambda x: -x), max({"a": 3, "b": 1}, key=lambda k: -len(k)))
for bad in [lambda: max(), lambda: min(1), lambda: max([], key=len)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
