d = {"one": 1, "two": 2}
d["three"] = 3
print(d, len(d), d["two"], "one" in d, 1 in d)
print(d.get("four"), d.get("four", 4), d.setdefault("four", 44), d["four"])
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("one"), d.pop("nope", "default"), d)
d.update({"two": 22, "five": 5})
d.update(six=6)
print(d)
print(d.popitem(), d)
