# A program split over modules next to it: plain imports, aliases, from-imports.
import textutil
import textutil as tu
from mathutil import square, cube as c3, LIMIT
import mathutil

print(__name__, textutil.__name__, mathutil.__name__)
print(textutil.shout("hello"), tu.shout("again"))
print(square(7), c3(3), LIMIT)
print(textutil is tu, mathutil.square is square)
print(mathutil.total([1, 2, 3]), textutil.joined(["a", "b"]))
print([k for k in ("LIMIT", "cube", "square", "total", "missing") if hasattr(mathutil, k)])
