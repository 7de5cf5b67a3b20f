class Base:
    def __init__(self):
        self.log = ["Base"]
    def hello(self):
        return "base"

class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def hello(self):
        return "mid>" + super().hello()

class Leaf(Mid):
    def __init__(self):
        super().__init__()
        self.log.append("Leaf")
    def hello(self):
        return "leaf>" + super().hello()

x = Leaf()
print(x.log, x.hello())
print(Leaf.__mro__ == (Leaf, Mid, Base, object))
print(Leaf.__bases__[0].__name__, Base.__bases__)
