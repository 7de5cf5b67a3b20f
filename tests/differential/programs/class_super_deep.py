# Zero-argument super() through deep and diamond hierarchies (cooperative methods follow the MRO).
class Base:
    def __init__(self, **kw):
        self.log = ["Base"]
        self.extra = sorted(kw)

    def describe(self):
        return "Base"

    def total(self, n):
        return n


class Left(Base):
    def __init__(self, left=1, **kw):
        super().__init__(**kw)
        self.log.append("Left")
        self.left = left

    def describe(self):
        return "Left>" + super().describe()

    def total(self, n):
        return super().total(n + self.left)


class Right(Base):
    def __init__(self, right=2, **kw):
        super().__init__(**kw)
        self.log.append("Right")
        self.right = right

    def describe(self):
        return "Right>" + super().describe()

    def total(self, n):
        return super().total(n * self.right)


class Diamond(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Diamond")

    def describe(self):
        return "Diamond>" + super().describe()


class Level1(Diamond):
    def describe(self):
        return "L1>" + super().describe()


class Level2(Level1):
    def describe(self):
        return "L2>" + super().describe()


class Level3(Level2):
    def __init__(self, **kw):
        super().__init__(left=10, **kw)
        self.log.append("Level3")

    def describe(self):
        return "L3>" + super().describe()


d = Diamond(left=3, right=4, colour="red")
print(d.log, d.left, d.right, d.extra)
print(d.describe())
print(d.total(1))
print([c.__name__ for c in Diamond.__mro__])

x = Level3(right=5, size=9)
print(x.log, x.left, x.right, x.extra)
print(x.describe())
print(x.total(2))
print([c.__name__ for c in Level3.__mro__])


# super() with an explicit pair still works next to the zero-argument form.
class Explicit(Level3):
    def describe(self):
        return "E>" + super(Level2, self).describe()


print(Explicit().describe())


# super() reaching methods of a builtin base class.
class Stack(list):
    def push(self, item):
        super().append(item)
        return self

    def pop_two(self):
        return super().pop(), super().pop()


s = Stack()
s.push(1).push(2).push(3)
print(list(s), len(s), s.pop_two(), list(s))


# A method calling super() from a loop and a nested helper keeps the right class.
class Counter(Base):
    def total(self, n):
        acc = 0
        for i in range(n):
            acc += super().total(i)
        return acc


print(Counter().total(5))
