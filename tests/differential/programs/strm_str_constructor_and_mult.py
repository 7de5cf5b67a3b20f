print(str(), str(""), str(0), str(-1.5), str(True), str(b"x"), str((1,)))
print("ab" "cd", "x" * 3 + "y", "-" * 10)
s = "a,b;c d"
for sep in [",", ";", " "]:
    s = s.replace(sep, "|")
print(s, s.split("|"))
print("%s" % "percent", "{}".format("braces"), f"{'fstring'}")
print(len("\N{GREEK SMALL LETTER ALPHA}"), "\u03b1" == "α", "\x41")
