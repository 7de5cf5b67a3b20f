s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 in s)
s.discard(9)
s.remove(3)
print(sorted(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
print(sorted(set("hello")), set(), len(set([1, 1, 1])))
p = s.pop()
print(type(p).__name__, len(s))
