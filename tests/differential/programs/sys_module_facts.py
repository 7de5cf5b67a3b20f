import sys
import math as m
from math import sqrt as root, pi
from sys import exit as leave

print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder)
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print((3, 13) > sys.version_info, sys.version_info < (4,), len(sys.version_info))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print(sys)
print(type(sys).__name__, type(m).__name__, m.__name__, sys.__name__)
print(root(2.0), pi == m.pi, m.sqrt is root)
try:
    sys.no_such_attribute
except AttributeError as e:
    print("AttributeError:", e)
try:
    from sys import no_such_name
except ImportError as e:
    print("ImportError:", e)
print(sys.exc_info()[0])
try:
    raise KeyError("k")
except KeyError:
    print(sys.exc_info()[0].__name__, sys.exception())
try:
    leave("bye")
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    sys.exit((7, "tuple"))
except SystemExit as e:
    print("caught", e.code, e.args)
leave(None)
