import math

f100 = math.factorial(100)
print(f100)
print(len(str(math.factorial(500))), math.factorial(500) % 1000003)
big = 2 ** 200 * 3 ** 50
print(math.gcd(big, 6 ** 120), math.gcd(-big, 0), math.gcd(big, big + 1))
print(math.gcd(12, 18, 30, 45), math.lcm(4, 6, 10), math.lcm(2 ** 70, 3 ** 40) == 2 ** 70 * 3 ** 40)
for n in [0, 1, 15, 16, 17, 2 ** 64 - 1, 2 ** 64, 10 ** 50, 10 ** 101 + 7]:
    r = math.isqrt(n)
    print(n.bit_length(), r, r * r <= n < (r + 1) * (r + 1))
print(math.comb(200, 100))
print(math.perm(40, 25), math.perm(12), math.comb(10 ** 20, 2), math.perm(10 ** 15, 2))
print(math.comb(50, 60), math.perm(5, 9))
print(math.log(10 ** 500), math.log2(2 ** 5000), math.log10(10 ** 700), math.log(2 ** 2000, 2))
print(math.floor(1e300) == 10 ** 300, math.floor(1e300) % 10 ** 9, math.ceil(-2.0 ** 80), math.trunc(-1.5e20))
print(math.prod(range(1, 31)) == math.factorial(30), math.prod([2 ** 40] * 5), math.prod([1.5, 2, 4]))
print(math.floor(True), math.ceil(False), math.gcd(True, 10), math.isqrt(True), math.factorial(True))
print(math.fsum([10 ** 15, 0.1, -10 ** 15]), math.fsum(range(10)), math.fsum([0.1] * 10))
print(math.hypot(3 * 10 ** 100, 4 * 10 ** 100), math.dist([0, 0, 0], [2, 3, 6]))
