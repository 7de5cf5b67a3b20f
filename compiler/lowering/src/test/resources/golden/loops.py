total = 0
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    total += i
else:
    print("no break")
n = 3
while n:
    n -= 1
else:
    print("done", n)
a, (b, c) = 1, [2, 3]
items = [x * x for x in range(5) if x != 2]
d = {k: v for k, v in zip("ab", (1, 2))}
print(total, a, b, c, items, d, {1, 2}, [1, 2][0], items[1:3])
