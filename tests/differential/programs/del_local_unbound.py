def f():
    v = 1
    del v
    return v

try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
f()
