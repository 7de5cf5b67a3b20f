x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0 == True, 2 != 2.0)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(5), calls)
print("a" < "b" < "c", [1, 2] < [1, 3], (1, 2) <= (1, 2))
print(3 > 2 > 1 > 0 > -1)
