# Replacing a function of a module from outside breaks the closed world.
import math
math.sqrt = lambda v: 0  # <- unsupported
print(math.sqrt(4))
