# bytes/bytearray text methods and bytes %-formatting.
data = [b"hello wORLD 2x", b"  they're  ", bytearray(b"mIxEd"), b"", b"\xc3\xa9t\xc3\xa9"]
for b in data:
    print(b.title(), b.capitalize(), b.swapcase(), b.istitle(), b.isascii())
    print(b.center(16, b"."), b.ljust(8), b.rjust(8, b"#"), b.zfill(6))
print(b"a\tbc\td".expandtabs(4), b"x\ty".expandtabs(), b"1\r\t2".expandtabs(2))
print(b"one\ntwo\r\nthree\rfour".splitlines(), b"k\n\n".splitlines(keepends=True))
print(b"a,b,c,d".rsplit(b",", 2), b"  x  y z ".rsplit(None, 1), bytearray(b"p q").rsplit())
print(b"prefix-body".removeprefix(b"prefix-"), b"body.py".removesuffix(b".py"), b"abcabc".rindex(b"b"))
print(b"abcabc".count(b"c", 1, 5), b"abcabc".find(b"c", 3), b"abcabc".index(b"a", 1))
print(b"%s=%d (%5.2f) %x %c%c" % (b"k", 42, 3.14159, 255, 65, b"!"))
print(b"%-6s|%6s|%.1s" % (b"ab", bytearray(b"cd"), b"ef"), b"%r %a" % (b"q", "\u00e9"))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 7}, bytearray(b"[%s]") % b"x")
for bad in [lambda: b"x".center(3, b"ab"), lambda: b"%s" % "text", lambda: b"%c" % 300,
            lambda: b"%d %d" % (1,), lambda: b"%s" % (b"a", b"b"), lambda: b"a".rindex(b"z")]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
