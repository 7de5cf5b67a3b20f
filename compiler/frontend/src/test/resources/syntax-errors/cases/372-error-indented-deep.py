def f():
    if x:
        for y in z:
            a = (1 2)
