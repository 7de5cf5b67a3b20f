def tri(n):
    total = 0
    for i in range(n + 1):
        total += i
    return total


def stepping():
    out = []
    for i in range(10, 0, -3):
        out.append(i)
    for i in range(2, 12, 4):
        if i == 6:
            continue
        out.append(i)
    step = -2
    for j in range(5, -5, step):
        out.append(j)
    else:
        out.append("else")
    for k in range(3):
        i = 100
        if k == 1:
            break
    return out, i, k


def big():
    acc = 0
    for i in range(2**62 - 2, 2**62 + 1):
        acc = acc * 3 + i
    return acc, i * i - 1, -(2**62) - 1 < i


print(tri(100), stepping(), big(), 3 * 4 - 5 > 6, 2**63 + 1 == 2**63 + 1)
for x in range(True, 3):
    print(x, end=" ")
print()
try:
    for x in range(0, 5, 0):
        pass
except ValueError as e:
    print(e)
try:
    for x in range(1.5):
        pass
except TypeError as e:
    print(e)
