a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, 2 in a, 5 not in a)
print("ell" in "hello", "z" in "hello")
print(3 in {1: "x", 3: "y"}, "x" in {1: "x"})
print(id(a) == id(b), id(a) == id(c))
print((1, 2) in [(1, 2), (3, 4)])
