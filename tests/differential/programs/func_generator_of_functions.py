def powers(limit):
    for p in range(1, limit + 1):
        yield lambda x, p=p: x ** p

print([f(3) for f in powers(4)])
def pipeline(value, *steps):
    for s in steps:
        value = s(value)
    return value
print(pipeline(5, lambda v: v + 1, str, lambda s: s * 2, len))
