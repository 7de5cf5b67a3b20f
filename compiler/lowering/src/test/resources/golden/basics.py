x = 1
y = x + 2 * 3
print(x, y, sep=", ")
s = "a" if y > 5 else "b"
print(not x, -y, x < y <= 10, x and y or None)
