def f():
    found = None
    if any((found := v) > 10 for v in [3, 12, 5]):
        print("first over 10:", found)
    return [last := i for i in range(3)], last
print(f())
