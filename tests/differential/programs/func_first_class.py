def square(x):
    return x * x

def apply_twice(f, x):
    return f(f(x))

def compose(f, g):
    return lambda x: f(g(x))

print(apply_twice(square, 3))
inc = lambda x: x + 1
print(compose(square, inc)(4))
print(compose(inc, square)(4))
fns = [square, inc, abs]
print([f(-5) for f in fns])
table = {"sq": square, "inc": inc}
print(table["sq"](7), table["inc"](7))
print(square.__name__, (lambda: 0).__name__)
