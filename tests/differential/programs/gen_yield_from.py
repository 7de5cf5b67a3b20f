def inner(n):
    for i in range(n):
        yield i

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", inner(3))))

def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield "node" + str(depth)
    yield from tree(depth - 1)
    yield from tree(depth - 1)

print(list(tree(2)))
