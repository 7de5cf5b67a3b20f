# Dict and list heavy: a pseudo-random text, word counts in a dict, sorting, list slicing.
SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "zu", "an", "el"]


def make_words(n, seed):
    words = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        length = 1 + x % 3
        w = ""
        y = x
        for _ in range(length):
            w += SYLLABLES[y % len(SYLLABLES)]
            y //= 12
        words.append(w)
    return words


def count(words):
    counts = {}
    for w in words:
        if w in counts:
            counts[w] += 1
        else:
            counts[w] = 1
    return counts


def by_length(words):
    groups = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return groups


words = make_words(500000, 42)
counts = count(words)
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print(len(words), len(counts))
print(ranked[:5])
groups = by_length(words)
print(sorted([(k, len(v)) for k, v in groups.items()]))
pairs = {}
for i in range(len(words) - 1):
    key = (words[i], words[i + 1])
    pairs[key] = pairs.get(key, 0) + 1
best = max(pairs.values())
print(len(pairs), best, sum([v for v in pairs.values() if v == 1]))
