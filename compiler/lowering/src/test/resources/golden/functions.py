def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def greet(name, greeting="hello", *, punct="!"):
    return f"{greeting}, {name}{punct}"


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


print(fib(10), greet("bob"), greet("amy", punct="?"))
c = counter()
c()
print(c(5), (lambda a, b: a * b)(6, 7))
