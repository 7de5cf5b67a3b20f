def two(v):
    a, b = v
    return a, b
for v in [(1, 2, 3), (1,), 5, "ab"]:
    try:
        print(two(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
def star(v):
    a, b, *c = v
    return c
try:
    star([1])
except ValueError as e:
    print("ValueError:", e)
