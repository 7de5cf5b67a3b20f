def outer(n):
    def middle(m):
        def inner(k):
            return k * 100
        return inner(m) + m
    return middle(n) + 1

print(outer(3))
print([outer(i) for i in range(4)])
def count_down(n):
    out = []
    while n:
        out.append(n)
        n -= 1
    return out
print(count_down(5))
print(max(count_down(4), key=lambda v: -v))
