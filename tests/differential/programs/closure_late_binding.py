fns = [lambda: i for i in range(4)]
print([f() for f in fns])
fns2 = [lambda i=i: i for i in range(4)]
print([f() for f in fns2])

def make_adders():
    out = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        out.append(add)
    return out

print([a(10) for a in make_adders()])
