for ch in ["a", "é", "€", "😀"]:
    print(ch, ord(ch), hex(ord(ch)), ch.encode("utf-8"), len(ch.encode()))
print(chr(65), chr(0x263A), chr(128512))
print("naïve".encode("ascii", "replace"), "naïve".encode("ascii", "ignore"))
print(b"caf\xc3\xa9".decode("utf-8"), b"abc".decode())
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
