people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower)
print(words)
words.sort(reverse=True)
print(words)
print(sorted([3, 1, 2], reverse=True), sorted("hello"))
nums = [5, 3, 8]
print(nums.sort(), nums)
