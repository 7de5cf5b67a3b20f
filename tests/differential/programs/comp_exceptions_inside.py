def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None

print([safe_div(10, d) for d in [1, 0, 4]])
try:
    print([1 / d for d in [1, 0]])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
