for v in [0, 1, -1, 123456, 3.5]:
    print("[%8.3f] [%-8d] [%*d] [%.*f]" % (v, v, 6, v, 2, v))
print("%i %u" % (3, 4))
print("%.3s" % "abcdef")
print(b"%d bytes %s" % (5, b"raw"))
