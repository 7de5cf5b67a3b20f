x = "outer"
squares = [x * x for x in range(5)]
print(squares, x)
y = 3
print([y * i for i in range(3)])
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
print({k: v for k, v in zip("abc", range(3))})
