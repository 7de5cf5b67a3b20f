nums = [4, -2, 7, 0, 7, -9]
print(min(nums), max(nums), sum(nums), sum(nums, 100))
print(max(nums, key=abs), min(nums, key=lambda v: (v % 3, v)))
print(max([], default="empty"), min([], default=None))
print(nums.index(7), sorted(set(nums)))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
