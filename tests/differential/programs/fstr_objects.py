class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"P({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
    def __format__(self, spec):
        return "fmt:" + spec + ":" + str(self.v)

p = P("q")
print(f"{p}")
print(f"{p!r}")
print(f"{p!s}")
print(f"{p:xyz}")
print(format(p, "abc"))
