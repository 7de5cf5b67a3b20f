print(int("42"), int("-7"), int(" 12 "), int("ff", 16), int("0x1f", 0), int("777", 8), int("1010", 2), int("z", 36))
print(int(3.99), int(-3.99), int(True), int("1_000"))
print(float("3.5"), float("-inf"), float("1e3"), float(" 2 "), float(7))
print(str(12), str(1.0), str([1, "a"]), str(None), bool(""), bool("0"))
print(list("ab"), tuple([1]), set([1, 1]), dict([(1, 2)]), frozenset([2]) == {2})
for bad in ["", "1.5", "abc", "0x10"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
