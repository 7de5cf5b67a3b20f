def perms(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            out.append([items[i]] + rest)
    return out

p = perms([1, 2, 3, 4])
print(len(p), p[:3], p[-1])
def subsets(s):
    if not s:
        return [[]]
    rest = subsets(s[1:])
    return rest + [[s[0]] + r for r in rest]
print(sorted(subsets([1, 2, 3])))
