class Plain:
    pass
a = Plain()
b = Plain()
print(a == a, a == b, a != b, a is a)
print(len({a, b, a}))
class WithEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
print(WithEq(1) == WithEq(1), WithEq(1) != WithEq(2))
try:
    {WithEq(1)}
except TypeError as e:
    print("TypeError:", e)
