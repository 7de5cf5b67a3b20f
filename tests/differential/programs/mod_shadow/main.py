# A module next to the program shadows a standard one found later on sys.path (math here), but
# never a built-in one (sys): CPython's order, which Molt follows at build time.
import math
import sys

print(math.sqrt(16), math.IS_LOCAL)
print(sys.maxsize > 2**31, hasattr(sys, "IS_LOCAL"))
