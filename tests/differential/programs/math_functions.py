import math
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 6), 10))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(1))
print(math.pow(2, 10), math.fabs(-3), math.hypot(3, 4), math.atan2(1, 1))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1.0), math.isclose(0.1 + 0.2, 0.3))
