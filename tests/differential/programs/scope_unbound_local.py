x = 10

def broken():
    print(x)
    x = 5

try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def fine():
    y = x + 1
    return y

print(fine())
