print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print(None or "default", "" or [] or 0)
print(not 0, not 1, not "", not [1])
calls = []
def t(v):
    calls.append(v)
    return v
print(t(0) and t(1), calls)
calls.clear()
print(t(3) or t(4), calls)
calls.clear()
print(t(1) and t(2) and t(0) and t(5), calls)
print(True + True, False * 3)
