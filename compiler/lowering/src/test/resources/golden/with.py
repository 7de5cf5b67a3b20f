class Tag:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, kind, exc, tb):
        print("exit", self.name, kind is None, exc)
        return self.swallow


def early(items):
    for x in items:
        with Tag("loop") as t:
            if x == 2:
                return t + str(x)
            if x == 1:
                continue
            print("body", x)
    return "none"


with Tag("a") as a, Tag("b") as b:
    print("inside", a, b)
with Tag("quiet", swallow=True):
    raise ValueError("hidden")
print(early([0, 1, 2, 3]))
try:
    with Tag("loud"):
        {}["k"]
except KeyError as e:
    print("propagated", e)
try:
    with 42:
        pass
except TypeError as e:
    print(e)
