counter = [0]

def tick():
    counter[0] += 1
    return counter[0]

def f(v=tick()):
    return v

print(f(), f(), f(10))
print(counter)
x = 5
def g(a=x):
    return a
x = 6
print(g())
