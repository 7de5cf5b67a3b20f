def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def make_counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


print(fib(20))
print(fact(30))
c = make_counter()
c()
c(10)
print(c(), (lambda p, q=2: p * q)(21))
