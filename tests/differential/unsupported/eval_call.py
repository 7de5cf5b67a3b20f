# eval needs the compiler at run time: outside Molt's closed world.
x = 2
print("before")
print(eval("x + 1"))  # <- unsupported
