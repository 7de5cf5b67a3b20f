class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n

c = Counter()
bound = c.inc
bound()
bound()
print(c.n, Counter.inc(c), c.n)
fns = [c.inc] * 3
print([f() for f in fns])
print(getattr(c, "inc")())
setattr(c, "n", 100)
print(c.inc(), hasattr(c, "inc"), hasattr(c, "missing"))
