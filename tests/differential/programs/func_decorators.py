def shout(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs).upper()
    return wrapper

def repeat(n):
    def deco(f):
        def wrapper(*args):
            return [f(*args) for _ in range(n)]
        return wrapper
    return deco

calls = []

def logged(f):
    def wrapper(x):
        calls.append(f.__name__)
        return f(x)
    return wrapper

@shout
def hello(name):
    return "hello " + name

@repeat(3)
def twice(x):
    return x * 2

@logged
@logged
def ident(x):
    return x

print(hello("world"))
print(twice(5))
print(ident(9), calls)
