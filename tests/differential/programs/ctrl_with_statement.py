# with statements: __enter__/__exit__ order, suppression, re-raise, nesting, and protocol errors.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type is not None else None
        print("exit", self.name, kind, exc)
        return self.suppress


with Tracker("a") as v:
    print("body", v)

with Tracker("quiet", suppress=True):
    raise ValueError("hidden")
print("after quiet")

try:
    with Tracker("loud"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

with Tracker("outer") as o, Tracker("inner", suppress=True) as i:
    print("both", o, i)
    1 / 0
print("after nested")


def early(n):
    for k in range(n):
        with Tracker("loop" + str(k)):
            if k == 1:
                return "returned at " + str(k)
    return "done"


print(early(3))


class OnlyEnter:
    def __enter__(self):
        return 1


class OnlyExit:
    def __exit__(self, *args):
        return False


for mgr in [5, OnlyEnter(), OnlyExit()]:
    try:
        with mgr:
            print("unreachable")
    except TypeError as e:
        print("TypeError:", e)
