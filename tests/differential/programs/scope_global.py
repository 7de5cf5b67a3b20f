total = 0

def add(n):
    global total
    total += n

def read():
    return total

for i in range(5):
    add(i)
print(total, read())

def make_new():
    global fresh
    fresh = "created"

make_new()
print(fresh)
