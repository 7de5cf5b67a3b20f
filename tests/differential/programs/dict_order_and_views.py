d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = ord(k)
print(list(d))
del d["a"]
d["a"] = 0
print(list(d))
keys = d.keys()
d["new"] = 1
print(len(keys), "new" in keys)
print(sorted(d.items(), key=lambda kv: kv[1]))
print(dict(zip("abc", [1, 2, 3])), dict([("x", 1)]), dict(a=1, b=2))
print(dict.fromkeys("ab", 0), {**d, "z": "zz"}["z"])
