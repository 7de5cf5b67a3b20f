import math
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.factorial, -1), (math.acos, 2)]:
    try:
        print(f(arg))
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
