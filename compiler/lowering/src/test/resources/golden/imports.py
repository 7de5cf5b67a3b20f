import math
import math as m2
from math import sqrt, pi as PI


def hyp(a, b):
    return sqrt(a * a + b * b)


print(hyp(3, 4), math.floor(PI), m2.sqrt(16.0), f"{math.pi:.3f}")
try:
    import no_such_module_anywhere
except ImportError as e:
    print(type(e).__name__ if False else "import failed:", e)
try:
    from math import nothing_here
except ImportError as e:
    print("from failed")
