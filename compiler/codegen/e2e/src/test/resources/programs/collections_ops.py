xs = [5, 3, 8, 1]
xs.append(7)
xs.sort()
print(xs, len(xs), xs[0], xs[-1], xs[1:3], sum(xs))
t = (1, "two", 3.0)
a, b, c = t
print(a, b, c, t, len(t))
s = {3, 1, 2}
s.add(2)
print(sorted(s), 2 in s, 9 in s)
d = {"x": 1, "y": 2}
d["z"] = 3
del d["x"]
print(d, list(d.keys()), d.get("q", "none"))
print([i * i for i in range(5) if i % 2 == 0])
