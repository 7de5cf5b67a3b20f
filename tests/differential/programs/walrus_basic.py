values = [3, 8, 1, 9, 4]
if (n := len(values)) > 3:
    print("long list", n)
print([y for x in values if (y := x * 2) > 6])
data = iter([5, 4, 0, 7])
while (item := next(data)) != 0:
    print("item", item)
print(n)
total = 0
print([total := total + v for v in values], total)
