def pos(a, b, /, c, *, d=4):
    return a, b, c, d

print(pos(1, 2, 3))
print(pos(1, 2, c=3, d=5))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)

def name_reuse(x, /, **kw):
    return x, kw

print(name_reuse(1, x=2))
