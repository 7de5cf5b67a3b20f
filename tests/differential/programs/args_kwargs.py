def show(**kw):
    return sorted(kw.items())

print(show())
print(show(a=1, b=2))
opts = {"x": 10, "y": 20}
print(show(**opts))
print(show(**opts, z=30))

def both(a, *args, key="k", **kw):
    return a, args, key, sorted(kw)

print(both(1))
print(both(1, 2, 3, key="q", m=1, n=2))
print(both(*[1, 2], **{"key": "w", "extra": 0}))
