class Temperature:
    unit = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 // 9)

    @staticmethod
    def is_freezing(c):
        return c <= 0

    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit

class Kelvin(Temperature):
    unit = "K"

t = Temperature.from_f(212)
print(t.degrees, type(t).__name__)
k = Kelvin.from_f(32)
print(type(k).__name__, k.degrees)
print(Temperature.is_freezing(-1), t.is_freezing(5))
print(Temperature.describe(), Kelvin.describe(), k.describe())
