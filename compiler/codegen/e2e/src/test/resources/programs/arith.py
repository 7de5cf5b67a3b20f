a = 7
b = -3
print(a + b, a - b, a * b, a // b, a % b, a / b)
print(2 ** 10, 2 ** 70, -(2 ** 63), 9223372036854775807 + 1)
print(a < b, a >= b, a == 7, a != 7, 1 < a < 10)
print(0.1 + 0.2, 1.5 * 4, 7 / 2, 1e300 * 10)
print(a & 5, a | 8, a ^ 2, ~a, a << 3, a >> 1)
x = 10
x += 5
x *= 3
print(x, abs(b), divmod(17, 5), max(3, 9, 4), min(3, 9, 4))
print(not a, a and b, 0 or "default")
