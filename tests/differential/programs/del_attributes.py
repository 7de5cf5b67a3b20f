class Box:
    pass

b = Box()
b.value = 3
b.other = 4
del b.value
print(hasattr(b, "value"), hasattr(b, "other"))
try:
    del b.value
except AttributeError as e:
    print("AttributeError:", e)
lst = list(range(10))
del lst[::2]
print(lst)
a, b2 = 1, 2
del a, b2
try:
    print(a)
except NameError as e:
    print("NameError:", e)
