# classmethods and staticmethods combined with zero-argument super().
class Shape:
    registry = []

    def __init__(self, name, sides):
        self.name = name
        self.sides = sides

    @classmethod
    def create(cls, name):
        obj = cls(name, cls.default_sides())
        Shape.registry.append(cls.__name__)
        return obj

    @classmethod
    def default_sides(cls):
        return 0

    @staticmethod
    def unit():
        return "cm"

    @classmethod
    def label(cls):
        return "shape:" + cls.__name__

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, {self.sides})"


class Polygon(Shape):
    @classmethod
    def create(cls, name):
        obj = super().create(name.upper())
        obj.kind = "polygon"
        return obj

    @classmethod
    def default_sides(cls):
        return super().default_sides() + 3

    @classmethod
    def label(cls):
        return "poly/" + super().label()


class Square(Polygon):
    @classmethod
    def default_sides(cls):
        return super().default_sides() + 1

    @staticmethod
    def unit():
        return "m (not " + Shape.unit() + ")"

    @classmethod
    def label(cls):
        return "sq/" + super().label()

    def __init__(self, name, sides):
        super().__init__(name, sides)
        self.square = True


print(Shape.create("blob"))
print(Polygon.create("tri"))
sq = Square.create("box")
print(sq, sq.kind, sq.square)
print(Shape.registry)
print(Shape.label(), Polygon.label(), Square.label())
print(sq.label(), Square.unit(), sq.unit(), Polygon.unit())
print(Square.default_sides(), Polygon.default_sides(), Shape.default_sides())


# An alternate constructor reached through super() from an instance method.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)


class Reading(Temperature):
    @classmethod
    def from_fahrenheit(cls, f):
        r = super().from_fahrenheit(f)
        r.source = "F"
        return r

    def copy(self):
        return super().from_fahrenheit(self.celsius * 9 / 5 + 32)


r = Reading.from_fahrenheit(212)
print(type(r).__name__, r.celsius, r.source)
c = r.copy()
print(type(c).__name__, c.celsius, hasattr(c, "source"))
