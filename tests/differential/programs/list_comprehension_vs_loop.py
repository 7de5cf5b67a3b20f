result = []
for i in range(5):
    if i % 2 == 0:
        result.append(i * 10)
print(result == [i * 10 for i in range(5) if i % 2 == 0], result)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
flat = [v for row in matrix for v in row]
print(matrix, flat)
transposed = list(map(list, zip(*matrix)))
print(transposed)
print([row[::-1] for row in matrix[::-1]])
