class Shape:
    sides = 0
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def describe(self):
        return f"{self.name} with {self.sides} sides"

    def __repr__(self):
        return "Shape(" + repr(self.name) + ")"


class Square(Shape):
    sides = 4

    def __init__(self, size):
        super().__init__("square")
        self.size = size

    def area(self):
        return self.size * self.size

    def describe(self):
        return super().describe() + f", area {self.area()}"


class Empty(ValueError):
    pass


def make_counter_class(start):
    class Counter:
        value = start

        def bump(self, by=1):
            self.value = self.value + by
            return self.value

    return Counter


s = Square(3)
print(s.describe(), Shape("blob").describe(), Shape.count, s, [s])
c = make_counter_class(10)()
c.bump()
print(c.bump(5), isinstance(s, Shape), isinstance(c, Shape))
try:
    raise Empty("nothing here")
except ValueError as e:
    print("caught", e)
raise Empty("at the end")
