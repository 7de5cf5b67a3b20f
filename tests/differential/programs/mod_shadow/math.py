IS_LOCAL = True


def sqrt(x):
    return "local sqrt of " + str(x)
