print(format(12345.678, ",.1f"), format(0.25, ".0%"), format(42, "x"))
print(format(True), format(None), format([1, 2]), format(-7, ""))
print(format(3, "+05d"), format(-3, "=+5d"), format(2 ** 70, ","))
print(format(1.5, "e"), format(float("inf"), "f"), format(float("nan"), ">5"))
try:
    format(3, "s")
except ValueError as e:
    print("ValueError:", e)
