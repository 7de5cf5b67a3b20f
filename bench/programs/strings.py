# String building and splitting: join, split, replace, case changes, slicing, f-strings, find.
WORDS = ["alpha", "Beta", "gamma", "DELTA", "epsilon", "zeta", "Eta", "theta"]


def build_line(i):
    parts = []
    for k in range(8):
        w = WORDS[(i + k * 3) % len(WORDS)]
        parts.append(f"{w}{(i * 7 + k) % 100}")
    return " ".join(parts)


def process(line):
    fields = line.split(" ")
    out = []
    for f in fields:
        if f[0].isupper():
            out.append(f.lower())
        else:
            out.append(f.upper()[::-1])
    joined = ",".join(out)
    return joined.replace("A", "a").replace("9", "nine")


total = 0
digest = 0
longest = ""
for i in range(150000):
    s = process(build_line(i))
    total += len(s)
    digest = (digest * 131 + s.count("a") + s.find("nine") + 7) % 1000000007
    if len(s) > len(longest):
        longest = s
print(total, digest)
print(longest)
print(longest.title().swapcase()[:60])
