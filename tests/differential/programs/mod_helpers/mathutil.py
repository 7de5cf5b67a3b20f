LIMIT = 100


def square(x):
    return x * x


def cube(x):
    return x * square(x)


def total(xs):
    t = 0
    for x in xs:
        t += square(x)
    return t
