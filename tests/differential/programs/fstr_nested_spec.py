width = 10
prec = 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]")
print(f"[{'ab':{'^'}{width}}]")
for w in range(4, 8):
    print(f"[{w:>{w}}]")
fill = "*"
print(f"[{'mid':{fill}^11}]")
