def averager():
    items = []
    def add(x):
        items.append(x)
        return sum(items) / len(items)
    return add

avg = averager()
for v in [10, 20, 30, 40]:
    print(avg(v))

def memo(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return wrapper

@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80))
