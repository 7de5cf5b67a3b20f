b = b"  Mixed Case Bytes  "
print(b.strip(), b.lower(), b.title(), b.swapcase())
print(b"a,b,c".split(b","), b"-".join([b"x", b"y"]), b"key=val".partition(b"="))
print(b"abc".isalpha(), b"123".isdigit(), b"  ".isspace(), b"Ab1".isalnum())
print(b"42".zfill(5), b"hi".center(6, b"*"), b"x".ljust(3, b"."), b"x".rjust(3))
print(b"hello".index(b"l"), b"hello".rfind(b"l"), b"hello".removeprefix(b"he"))
