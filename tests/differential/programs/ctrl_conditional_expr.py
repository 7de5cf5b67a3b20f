for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign)
x = 7
print("odd" if x % 2 else "even")
print([("f" if i % 3 == 0 else "") + ("b" if i % 5 == 0 else "") or str(i) for i in range(1, 16)])
