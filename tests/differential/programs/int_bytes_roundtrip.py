# int.to_bytes / int.from_bytes (defaults, signed, big ints) and their errors.
for n in [0, 1, 255, 256, 65535, 2 ** 64 - 1, 2 ** 100 + 12345]:
    for order in ["big", "little"]:
        b = n.to_bytes((n.bit_length() + 7) // 8 or 1, order)
        print(n, order, b, int.from_bytes(b, order) == n)
for n in [-1, -128, 127, -129, -2 ** 70, 2 ** 70 - 1]:
    b = n.to_bytes(10, "little", signed=True)
    print(n, b, int.from_bytes(b, "little", signed=True))
print((255).to_bytes(), int.from_bytes(b"\xff\x00"), int.from_bytes([1, 2, 3], byteorder="little"))
print(int.from_bytes(bytearray(b"\x80\x00"), "big", signed=True), (7).as_integer_ratio(), (-3).bit_count())
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(2, "big"), lambda: (128).to_bytes(1, "big", signed=True),
            lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(2, "middle"), lambda: int.from_bytes("ab", "big")]:
    try:
        bad()
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
