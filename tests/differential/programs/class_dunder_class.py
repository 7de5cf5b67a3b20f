# __class__ inside a method is the class whose body defines the method, not type(self).
class Base:
    def defined_in(self):
        return __class__.__name__

    def actual(self):
        return type(self).__name__

    def same(self):
        return __class__ is Base

    def make_sibling(self):
        return __class__()


class Child(Base):
    def defined_in(self):
        return __class__.__name__ + " after " + super().defined_in()

    def helper(self):
        def inner():
            return __class__.__name__
        return inner()

    def lam(self):
        return (lambda: __class__)().__name__


b = Base()
c = Child()
print(b.defined_in(), b.actual(), b.same())
print(c.defined_in(), c.actual(), c.same())
print(type(c.make_sibling()).__name__)
print(c.helper(), c.lam())


# Each class statement gets its own cell: classes made in a loop see themselves.
def make(n):
    class Made:
        def who(self):
            return (__class__.__name__, __class__.tag)
    Made.tag = n
    return Made


kinds = [make(i) for i in range(3)]
print([k().who() for k in kinds])
print(kinds[0] is kinds[1], kinds[2]().who()[1])


# __class__ in a class with properties and a classmethod.
class Account:
    rate = 2

    def __init__(self, amount):
        self.amount = amount

    @property
    def scaled(self):
        return self.amount * __class__.rate

    @classmethod
    def describe(cls):
        return f"{cls.__name__} defined by {__class__.__name__}"


class Savings(Account):
    rate = 5


s = Savings(10)
print(s.scaled, Savings.describe(), Account.describe())
print("__classcell__" in Account.__dict__, "__class__" in Account.__dict__)
