class Widget:
    pass
w = Widget()
print(type(w).__name__, Widget.__name__, Widget.__qualname__)
print(type(3).__name__, type("s").__name__, type([]).__name__, type(None).__name__)
print(type(len).__name__, type(Widget).__name__)
def f():
    class Local:
        pass
    return Local
print(f().__qualname__)
