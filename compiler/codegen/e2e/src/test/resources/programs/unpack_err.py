a, b = 1, 2
print(a, b)
x, y = [1, 2, 3]
