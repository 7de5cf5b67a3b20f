for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (10 ** 20, 7), (-(10 ** 20), 7)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
try:
    1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
