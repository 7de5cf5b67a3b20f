def build(n):
    out = []
    for i in range(n):
        out.append(str(i) + "-" + str(i * 2))
    return out


total = 0
for r in range(20):
    xs = build(500)
    total += len(xs[-1]) + len(xs)
    d = {s: len(s) for s in xs[:50]}
    total += sum(d.values())
big = 1
for k in range(1, 60):
    big = big * k + len(build(3))
print(total, big % 1000003, build(4))
