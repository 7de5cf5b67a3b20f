s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.rfind("the"), s.find("cat"))
print(s.index("fox"), s.count("o"), s.count("the"), s.count(""))
print(s.replace("the", "a"), s.replace("o", "0", 2))
print(s.startswith("the"), s.endswith("dog"), s.startswith(("a", "th")), s.endswith("x", 0, 5))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError:", e)
