# float.hex and float.fromhex, including subnormals, rounding ties and errors.
values = [0.0, -0.0, 0.5, 3.75, -0.1, 1 / 3, 1e308, 5e-324, 2.2250738585072014e-308, 123456789.0,
          float("inf"), float("-inf"), 1.7976931348623157e308]
for v in values:
    h = v.hex()
    print(h, float.fromhex(h) == v or v != v)
for s in ["0x1.8p1", " -0X.8P0 ", "1.8p1", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "0x123456789abcdef123p0", "InFiNiTy", "-nan", "0x.0000000001p40"]:
    print(repr(s), float.fromhex(s))
for s in ["0x", "1p", "0x1.2.3", "", "0x1p+", "0x1.fffffffffffff8p1023", "0x1p9999"]:
    try:
        float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print((2.5).hex(), (0.5).as_integer_ratio(), float.fromhex((0.1).hex()) == 0.1)
