def f(a, b, c=3):
    return a + b + c

attempts = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=5),
    lambda: f(1, a=1, b=2),
]
for call in attempts:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

def g(*, k):
    return k

try:
    g(1)
except TypeError as e:
    print("TypeError:", e)
