def f():
    try:
        return "try"
    finally:
        print("finally runs")

def g():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("cleanup", i)
    return i

print(f())
print(g())
print(h())
