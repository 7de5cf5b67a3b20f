x = "module"
class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
print(C.x, C.y, C().method())
def f():
    z = "enclosing"
    class D:
        w = z
    return D.w
print(f())
