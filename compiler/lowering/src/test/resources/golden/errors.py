def divide(a, b):
    return a // b


def check(v):
    assert v > 0, f"bad value {v!r}"
    return v


results = []
for a, b in [(7, 2), (-7, 2), (1, 0), ("x", 1)]:
    try:
        results.append(divide(a, b))
    except ZeroDivisionError as e:
        results.append("zde: " + str(e))
    except TypeError as e:
        results.append("te: " + str(e))
print(results)
print(f"{3.14159:.2f}|{42:>5}|{'ab':<4}|{255:x}|{1/3}|{2**70}|{-7 % 3}|{7.5 // 2}")
try:
    check(-1)
except AssertionError as e:
    print("assert:", e)
d = {"a": 1}
try:
    d["missing"]
except KeyError as e:
    print("key:", e)
items = [1, 2, 3]
del items[0]
items[1] *= 10
print(items, d.get("a"), d.get("b", 0), "a" in d, 4 not in items)
print(check(5))
check(0)
print("unreachable")
