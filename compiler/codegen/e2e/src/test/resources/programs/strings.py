name = "molt"
n = 3
print(f"{name} has {len(name)} letters, n={n:03d}, pi={3.14159:.2f}")
print("-".join(["a", "b", "c"]), "abc".upper(), "  pad  ".strip(), "x,y,z".split(","))
print("abc"[1], "hello"[1:4], "ab" * 3, "b" in "abc", repr("it's"))
print(str(12) + str(3.5), int("42") + 1, float("2.5") * 2)
words = {}
for w in "the cat and the hat and the bat".split():
    words[w] = words.get(w, 0) + 1
print(sorted(words.items()))
