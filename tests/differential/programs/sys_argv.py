import sys
print(len(sys.argv))
print(sys.argv[1:])
for i, a in enumerate(sys.argv[1:], 1):
    print(i, a, a.upper())
if len(sys.argv) > 2:
    print("sum:", sum(int(x) for x in sys.argv[1:] if x.isdigit()))
