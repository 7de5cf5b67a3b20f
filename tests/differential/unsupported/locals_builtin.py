# locals() exposes the frame as a dictionary.
def f(a):
    b = a + 1
    return locals()  # <- unsupported

print(f(1))
