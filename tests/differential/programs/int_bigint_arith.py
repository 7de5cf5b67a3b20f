a = 2 ** 100
b = 3 ** 60
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b)
print(a ** 2, (a * b) // (b * 7))
print(10 ** 30 + 1, (10 ** 30 + 1) % 97)
x = 1
for i in range(1, 40):
    x *= i
print(x)
print(x // 10 ** 20, x % 10 ** 20)
