big = 2 ** 200
s = str(big)
print(s, len(s), int(s) == big)
print(int("123456789012345678901234567890") * 2)
print(hex(big), int(hex(big), 16) == big, bin(2 ** 65))
print(str(-10 ** 25), repr(10 ** 18), int("-" + "9" * 30) + 1)
print(f"{2 ** 64:,}", f"{-2 ** 64:_}", f"{2 ** 70:x}", f"{10 ** 25:e}")
