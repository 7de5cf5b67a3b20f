a = 7.5
b = 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a // b, -a % b)
print(divmod(7.5, -2), 2 ** 0.5, 10 / 4, 10 // 4.0, 1e308 * 10, -1e308 * 10)
print(1 / 3 * 3 == 1.0, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 % 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(int(1e20), float(2 ** 100), 2 ** 100 / 3)
