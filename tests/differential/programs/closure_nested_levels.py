def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a
            a += 10
            return a + b
        return level3
    f = level2()
    r1 = f()
    r2 = f()
    return r1, r2, a

print(level1())
