a = list(range(10))
print(a[2:5], a[:-3], a[::3], a[::-2], a[5:1:-1])
a[2:4] = ["x", "y", "z"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[1:1] = [99]
print(a)
b = a[:]
b[0] = "changed"
print(a[0], b[0])
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
