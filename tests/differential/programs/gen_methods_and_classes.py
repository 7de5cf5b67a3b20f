# Generators as methods, __iter__ implemented by a generator, generators over instance state.
class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)

    @staticmethod
    def numbers(n):
        return (i * i for i in range(n))

    @classmethod
    def names(cls):
        yield cls.__name__
        yield "done"


t = Tree(1, [Tree(2, [Tree(4)]), Tree(3)])
print(list(t), sum(t), 4 in t)
print(list(t.depth_first()))
print(list(Tree.numbers(5)), list(Tree.names()))

class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

c = Countdown(3)
print([x for x in c], list(zip(c, "abc")), sorted(c))
print(dict(enumerate(Countdown(2))), max(Countdown(4)), min(Countdown(4)))
a, b, c2 = Countdown(3)
print(a, b, c2)
print(type(iter(Countdown(1))).__name__, Countdown(1).__iter__().__name__, Countdown(1).__iter__().__qualname__)
