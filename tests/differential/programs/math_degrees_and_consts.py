import math
for d in [0, 30, 45, 90, 180, 360]:
    r = math.radians(d)
    print(d, round(r, 6), round(math.degrees(r), 6), round(math.cos(r), 6))
print(math.asin(1) * 2 == math.pi, math.atan(1) * 4 == math.pi)
print(math.sinh(0), math.cosh(0), round(math.tanh(1), 12))
