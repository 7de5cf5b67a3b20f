def nothing():
    pass

def early(n):
    if n < 0:
        return "negative"
    if n == 0:
        return
    return n * 2

def pair(a, b):
    return a + b, a - b

print(nothing())
print(early(-3), early(0), early(21))
s, d = pair(10, 4)
print(s, d)
print(pair(1, 2))
print(type(pair(1, 2)).__name__)
