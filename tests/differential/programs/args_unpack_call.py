def point(x, y, z=0):
    return f"({x}, {y}, {z})"

coords = (1, 2)
print(point(*coords))
print(point(*coords, 3))
print(point(**{"x": 5, "y": 6}))
print(point(*[7], **{"y": 8, "z": 9}))
try:
    point(1, **{"x": 2, "y": 3})
except TypeError as e:
    print("TypeError:", e)
