names = ["a", "b", "c"]
print(list(enumerate(names)))
print(list(enumerate(names, start=1)))
print(list(zip(names, range(10), "xyz")))
print(list(zip()), list(zip([1, 2], [])))
for i, (n, v) in enumerate(zip(names, [10, 20, 30])):
    print(i, n, v)
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
