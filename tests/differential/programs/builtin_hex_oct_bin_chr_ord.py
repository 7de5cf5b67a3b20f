for n in [0, 1, 255, -255, 2 ** 40]:
    print(hex(n), oct(n), bin(n))
print(chr(97), ord("a"), chr(ord("z") - 1), [ord(c) for c in "AZaz09"])
print(ascii("plain"), ascii("ü"), ascii(["é"]), repr("é"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
