# Division by zero and int-to-float overflow on the unboxed float paths: CPython's messages.
def div(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def fdiv(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def mod(a, b):
    try:
        return a % b
    except ZeroDivisionError as e:
        return "ZeroDivisionError: " + str(e)


def add(a, b):
    try:
        x = a + 0.5
        return x + b
    except OverflowError as e:
        return "OverflowError: " + str(e)


def pw(a, b):
    try:
        return a ** b
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        return type(e).__name__ + ": " + str(e)


for a, b in [(1.0, 0.0), (1.0, -0.0), (0.0, 0.0), (1, 0), (5, 0.0), (-7.5, 2), (7.5, -2.0), (7, 2), (-7, 2.5)]:
    print(a, b, div(a, b), fdiv(a, b), mod(a, b))
print(add(1.0, 10 ** 400), add(10 ** 400, 1.0), add(1.5, 2 ** 1023), add(2, 3))
print(pw(2.0, 0.5), pw(-8.0, 1.0 / 3.0), pw(0.0, -1.0), pw(10.0, 400.0), pw(2, -1), pw(2.5, 2), pw(-2.0, 3))
x = 3.0
try:
    x /= 0
except ZeroDivisionError as e:
    print("augmented:", e, x)
big = 10 ** 30
print(big / 7, big * 1.0, 2 ** 53 + 1 == float(2 ** 53), 2 ** 53 + 1 > float(2 ** 53), float(2 ** 53) < 2 ** 53 + 1)
try:
    print(10 ** 400 / 1.5)
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 / 10 ** 399, 1 / 3, -1 / 3, 2 / -4)
