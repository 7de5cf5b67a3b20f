# Int loops: a sieve of Eratosthenes, then sums over the primes it found.
def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    return flags


def checksum(flags):
    count = 0
    total = 0
    mixed = 0
    for n in range(len(flags)):
        if flags[n]:
            count += 1
            total += n
            mixed = (mixed * 31 + n) % 1000000007
    return count, total, mixed


for limit in (1000, 100000, 5000000):
    count, total, mixed = checksum(sieve(limit))
    print(limit, count, total, mixed)
