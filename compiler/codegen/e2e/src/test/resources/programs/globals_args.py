counter = 0


def bump(by=1, *, twice=False):
    global counter
    counter += by * (2 if twice else 1)
    return counter


def varargs(*args, **kwargs):
    return len(args), sorted(kwargs)


bump()
bump(5)
bump(by=2, twice=True)
print(counter, varargs(1, 2, 3, a=1, b=2))
print(bump is not None, None is None)
