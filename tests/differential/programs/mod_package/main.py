# Packages: __init__ runs once, before its submodules; `import a.b` binds a and sets a.b.
print("main starts")
import shapes.circle
print("after import shapes.circle")
import shapes.solid.cube as cube
from shapes import square
from shapes.circle import area as circle_area
import shapes

print(shapes.__name__, shapes.circle.__name__, cube.__name__, square.__name__)
print(shapes.VERSION, shapes.describe())
print(round(circle_area(2.0), 4), square.area(3), cube.volume(2))
print(shapes.solid.cube is cube, shapes.square is square)
print(shapes.solid.KIND, cube.face_area(3))
print(shapes.loaded)
