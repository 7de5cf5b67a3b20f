def need_two(a, b):
    return a * b

print(need_two(3, 4))
print(need_two(3))
