import math
print(math.factorial(20), math.factorial(30))
print(math.gcd(48, 18), math.gcd(0, 5), math.lcm(4, 6), math.gcd(2 ** 80, 6 ** 20))
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(10 ** 20 + 1), math.isqrt(99))
print(math.floor(7.9), type(math.floor(7.9)).__name__, math.ceil(2 ** 70 + 0.0) == 2 ** 70)
print(math.copysign(3, -0.0), math.fmod(-7, 3), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.dist((0, 0), (3, 4)))
