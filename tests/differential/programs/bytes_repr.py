samples = [b"", b"plain", b"it's", b'"q"', b"'\"", b"\t\n\r", b"\x00\x01\x7f\x80\xff", b"\\"]
for s in samples:
    print(repr(s), len(s))
print(str(b"abc"), ascii(b"z"))
