items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
d = {i: i * i for i in range(6)}
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(d)
