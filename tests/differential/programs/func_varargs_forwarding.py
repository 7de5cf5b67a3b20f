def target(a, b=2, *rest, c=3, **extra):
    return (a, b, rest, c, sorted(extra.items()))

def forward(*args, **kwargs):
    return target(*args, **kwargs)

print(forward(1))
print(forward(1, 5, 6, 7, c=0, z=9))
print(forward(a=4, c=8))
try:
    forward()
except TypeError as e:
    print("TypeError:", e)
