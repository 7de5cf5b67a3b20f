class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, int):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return self.__add__(o)
    def __repr__(self):
        return f"{self.v}m"

print(Meters(2) + Meters(3), Meters(2) + 1, 1 + Meters(2), sum([Meters(1), Meters(2)]))
try:
    Meters(1) + "x"
except TypeError as e:
    print("TypeError:", e)
