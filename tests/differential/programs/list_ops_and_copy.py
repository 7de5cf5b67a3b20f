a = [1, 2]
b = a + [3]
c = a * 3
a += [4]
print(a, b, c)
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested)
grid = [[0] * 2 for _ in range(2)]
grid[0][0] = 9
print(grid)
print([1, 2] == [1, 2], [1, 2] is [1, 2], list("abc"), list(range(3)), list((1, 2)))
print(len([]), [None] * 3, [[]] * 2)
