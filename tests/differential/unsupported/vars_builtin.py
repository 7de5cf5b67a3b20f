# vars() without arguments is the caller's locals() dictionary.
x = 1
v = vars()  # <- unsupported
print(v["x"])
