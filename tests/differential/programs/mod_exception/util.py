def check(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    return n * 2
