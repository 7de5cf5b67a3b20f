class Thing:
    x = 1

t = Thing()
try:
    t.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.bar()
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(t, "y", "fallback"))
