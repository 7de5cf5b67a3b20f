def make():
    k = 10
    return [lambda x, i=i: x + i + k for i in range(3)]
print([f(1) for f in make()])
outer = 2
print([[outer * i * j for j in range(3)] for i in range(3)])
