def first_negative(xs):
    for i, x in enumerate(xs):
        if x < 0:
            return i
    else:
        return -1

print(first_negative([1, 2, -3]), first_negative([1, 2]), first_negative([]))
def search(matrix, target):
    for row in matrix:
        if target in row:
            return "found"
    return "missing"
print(search([[1], [2, 3]], 3), search([[1]], 5))
