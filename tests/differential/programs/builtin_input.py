name = input()
print("hello", name)
n = int(input("count: "))
total = 0
for _ in range(n):
    total += int(input())
print("total", total)
try:
    input()
except EOFError as e:
    print("EOFError:", e)
