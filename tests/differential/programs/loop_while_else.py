def find(items, target):
    i = 0
    while i < len(items):
        if items[i] == target:
            print("found at", i)
            break
        i += 1
    else:
        print("not found")

find([4, 5, 6], 5)
find([4, 5, 6], 9)
n = 0
while n < 3:
    n += 1
else:
    print("loop done", n)
