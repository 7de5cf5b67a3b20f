print({3, 1, 2})
print({10, 5, 0, 7})
print(set(range(8)))
print({-1, -2} == {-2, -1})
