class Obj:
    def __init__(self):
        self.a = 1

o = Obj()
print(getattr(o, "a"), getattr(o, "b", None), hasattr(o, "a"), hasattr(o, "b"))
setattr(o, "b", 2)
print(o.b, getattr(o, "b"))
try:
    getattr(o, "zzz")
except AttributeError as e:
    print("AttributeError:", e)
print(callable(o), callable(Obj), callable(len), callable(print), callable("x"))
print(type(o).__name__, type(1.0), type("")(5))
