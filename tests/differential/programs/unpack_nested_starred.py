# Starred targets inside nested tuple and list targets, and the order of the stores.
(a, *b), *c = [1, 2, 3], 4, 5
print(a, b, c)
[x, [y, *z]], w = (0, "pqr"), 9
print(x, y, z, w)
*head, (p, *q) = [1, 2, (3, 4, 5)]
print(head, p, q)
((*deep,),) = [[7, 8]]
print(deep)
first, *middle, (u, v) = range(2), "ignored", "uv"
print(list(first), middle, u, v)


class Box:
    def __init__(self):
        self.items = None


box = Box()
d = {}
box.items, *d["rest"] = "abc"
print(box.items, d)
lst = [0, 0, 0]
lst[0], *lst[1:] = (5, 6, 7, 8)
print(lst)
*t, = ()
print(t)
a, *b = c = 1, 2
print(a, b, c)
for i, (j, *k) in enumerate(["ab", "c", "def"]):
    print(i, j, k)
