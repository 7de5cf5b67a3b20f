import sys

first = sys.stdin.readline()
print(repr(first))
print(repr(sys.stdin.readline(3)))
print(repr(sys.stdin.readline()))
name = input()
print("input:", name)
count = 0
for line in sys.stdin:
    count += 1
    print(count, line.rstrip("\n").upper())
print(repr(sys.stdin.readline()), repr(sys.stdin.read()))
print(repr(sys.stdin))
