s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(s.upper(), s.lower(), s.swapcase())
print("hello world".title(), "hello world".capitalize(), "ß".upper(), "İ".lower() == "i̇")
print("xxabcxx".strip("x"), "abc".strip("ac"), "  a b  ".split())
print("Straße".casefold(), "ABC".isupper(), "abc".islower(), "Title Case".istitle())
