def total(n):
    s = 0
    i = 0
    while i < n:
        if i % 3 == 0:
            i += 1
            continue
        s += i
        i += 1
    return s


def squares(n):
    out = []
    for k in range(n):
        out.append(k * k)
    return out


def first_over(limit):
    for k in range(100):
        if k * k > limit:
            break
    else:
        return -1
    return k


print(total(10), total(1000))
print(squares(6))
print(first_over(50), first_over(100000))
print([c for c in "abc"], {k: k * 2 for k in range(3)})
