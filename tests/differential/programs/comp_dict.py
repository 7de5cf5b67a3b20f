words = ["apple", "bob", "kiwi", "banana"]
print({w: len(w) for w in words})
print({len(w): w for w in words})
print({k: v for k, v in zip(range(3), "xyz") if k != 1})
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
print({i: {j: i * j for j in range(2)} for i in range(3)})
