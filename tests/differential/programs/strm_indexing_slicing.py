s = "Python3.12"
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-4:-1], s[100:])
print(len(s), s[1:1], s[5:2], s[-100:2])
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "p"
except TypeError as e:
    print("TypeError:", e)
print("héllo wörld"[1], "日本語"[1:], len("日本語"))
