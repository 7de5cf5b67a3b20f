print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -16 >> 2, -1 << 3)
print(1 << 100, (1 << 100) >> 99, (2 ** 70) & (2 ** 70 - 1), (2 ** 70) | 1, -(2 ** 70) ^ 5)
print(bin(0b1010 & ~0b10), (255).bit_length(), (0).bit_length(), (-5).bit_length())
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
