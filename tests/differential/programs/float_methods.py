x = 3.75
print(x.is_integer(), (4.0).is_integer(), x.as_integer_ratio(), (0.5).hex())
print(float.fromhex("0x1.8p1"), round(x), round(x, 1), round(-x), int(x))
print(float("1_000.5"), 1e3 == 1000, 2.5 == 5 / 2)
for s in ["nan", "-Infinity", "  1.5e-3  "]:
    print(float(s))
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
