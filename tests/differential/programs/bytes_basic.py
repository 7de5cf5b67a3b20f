b = b"hello world"
print(b, len(b), b[0], b[-1], b[:5], b[::-1])
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b"abc" + b"def", b"ab" * 3, b"x" in b"xyz", 104 in b)
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"), bytes(range(5)))
print(list(b"AZ"), b.startswith(b"he"), b.endswith(b"ld"))
print(b.decode(), b"\xff\x00\n'".hex(), bytes.fromhex("de ad be ef"))
