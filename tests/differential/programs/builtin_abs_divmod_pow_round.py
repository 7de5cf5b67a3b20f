print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(-2, 3, 7), pow(2, 100, 10 ** 9 + 7))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234, -2), round(7.0), round(0.125, 2))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__)
print(pow(5, -1, 7), 2 ** -2, (-8) ** 2)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
