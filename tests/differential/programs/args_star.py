def total(*nums):
    return sum(nums), len(nums), type(nums).__name__

print(total())
print(total(1, 2, 3))
args = [4, 5, 6]
print(total(*args))
print(total(0, *args, 7, *(8, 9)))

def first_rest(first, *rest):
    return first, rest

print(first_rest(1))
print(first_rest(1, 2, 3))
print(first_rest(*"abc"))
